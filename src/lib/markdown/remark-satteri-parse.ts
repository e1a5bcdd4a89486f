import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import type { Plugin } from 'unified';
import type { Node, Parent } from 'unist';
import type { VFile } from 'vfile';

/**
 * The deepest a body may nest (block quotes in lists in block quotes...; inline markup counts
 * too). Real articles stay under ten; a file nested thousands deep is a mistake or an attack,
 * and every later step walks the tree recursively.
 */
export const MAX_NESTING = 64;

/** The one error of a body nested too deep, naming the limit. */
export const NESTING_MESSAGE = `expected Markdown nested at most ${String(MAX_NESTING)} levels deep (block quotes, lists and inline markup), found more`;

/**
 * The parser of the article pipeline: Sätteri, Astro's native CommonMark parser, with GFM
 * (tables, strikethrough, task lists, footnotes, autolink literals) and directives
 * (`:::name{…}`, `::name{…}`, `:name[…]{…}`), giving the same mdast as remark-parse with
 * remark-gfm and remark-directive (tests/unit/markdown/parser-fidelity.test.ts proves it on
 * the CommonMark spec and GFM's examples) about forty times faster.
 *
 * A body nested deeper than `MAX_NESTING` parses to an empty tree with one message, before any
 * recursive step sees it: the container markers at the start of each line are counted before
 * parsing (so a file of a million `>` costs nothing), and the parsed tree is measured without
 * recursion (inline nesting, which no line prefix shows).
 */
export const remarkSatteriParse: Plugin<[], string, Root> = function () {
	this.parser = (document: string, file: VFile): Root => {
		const tooDeep = firstTooDeepLine(document);
		if (tooDeep !== undefined) return refuse(file, tooDeep);
		const tree = markdownToMdast(document, {
			features: { gfm: true, directive: true, frontmatter: false },
		}) as Root;
		const deepest = deepestNode(tree);
		if (deepest.depth > MAX_NESTING) return refuse(file, deepest.line);
		return tree;
	};
};

function refuse(file: VFile, line: number): Root {
	file.message(NESTING_MESSAGE, { line, column: 1 }, 'article:nesting');
	return { type: 'root', children: [] };
}

const CONTAINER_MARKER = /^ {0,3}(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;

/**
 * The first line that opens more than `MAX_NESTING` container levels at its start (`>`, list
 * markers, and list indentation, two spaces a level), or `undefined`: an upper bound of the block
 * nesting the parser would build, found in one pass over the text.
 */
function firstTooDeepLine(document: string): number | undefined {
	let line = 0;
	for (const text of document.split('\n')) {
		line++;
		let rest = text;
		let depth = 0;
		for (;;) {
			const indent = /^[ \t]*/.exec(rest)?.[0].length ?? 0;
			const skip = Math.max(0, indent - 3);
			const marker = CONTAINER_MARKER.exec(rest.slice(skip));
			if (!marker) break;
			// Indentation before a marker is how a list nests inside another.
			depth += 1 + Math.floor(skip / 2);
			if (depth > MAX_NESTING) return line;
			rest = rest.slice(skip + marker[0].length);
		}
	}
	return undefined;
}

/** The depth of the deepest node of `tree` and the line it starts on, found without recursion. */
function deepestNode(tree: Root): { depth: number; line: number } {
	let deepest = { depth: 0, line: 1 };
	const stack: { node: Node; depth: number }[] = [{ node: tree, depth: 0 }];
	for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
		const { node, depth } = next;
		if (depth > deepest.depth) deepest = { depth, line: node.position?.start.line ?? 1 };
		if (depth > MAX_NESTING) break;
		for (const child of (node as Partial<Parent>).children ?? [])
			stack.push({ node: child, depth: depth + 1 });
	}
	return deepest;
}

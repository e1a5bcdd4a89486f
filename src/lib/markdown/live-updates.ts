import type { Root, RootContent } from 'mdast';
import { markdownToMdast } from 'satteri';
import type { Node, Parent } from 'unist';
import { dateTimeInputProblem } from '../core/dates.ts';
import type { ArticleProblem } from '../article/article-error.ts';
import { describeFound } from '../article/article-error.ts';

/** One `:::update` block of a live article, as written: its attributes and its Markdown. */
export interface UpdateSource {
	/** `time` as written (checked: a date-time with offset). */
	time: string;
	/** Whether `key` is given. */
	key: boolean;
	/** `title`, trimmed, when given and not empty. */
	title?: string | undefined;
	/** 1-based file line its `:::update` opens on. */
	line: number;
	/** The Markdown between its opening and closing lines. */
	markdown: string;
	/** 1-based file line `markdown` starts on. */
	markdownLine: number;
	/** How the editor wrote it, to name it in messages: `:::update{time="…"}`. */
	name: string;
}

/** A live article's body cut into its summary and its updates, with the problems found. */
interface LiveBody {
	/** The Markdown before the first update. */
	summary: string;
	/** The updates, in file order; those with a problem are left out. */
	updates: UpdateSource[];
	/** Every problem of the updates' form: attributes, placement, an unclosed block. */
	problems: ArticleProblem[];
}

const FENCE = /^ {0,3}:{3,}[ \t]*$/;
const ATTRIBUTES = ['time', 'key', 'title'];

/**
 * Cuts a live article's body (from file line `bodyLine`) at its top-level `:::update{time key
 * title}` blocks: what comes before the first is the summary; each block's own Markdown goes
 * through the article pipeline on its own (`parseArticle`), so an update holds anything an
 * article holds. Reports, naming the file, line and update: an attribute missing or unknown, a
 * time that is not a date-time with offset, a key event without title, a block never closed, a
 * heading or footnote inside an update (its title is its heading; its ids would clash with the
 * other updates'), and text between updates outside any block.
 */
export function splitLiveBody(markdown: string, bodyLine: number, file: string): LiveBody {
	const tree = markdownToMdast(markdown, {
		features: { gfm: true, directive: true, frontmatter: false },
	}) as Root;
	const problems: ArticleProblem[] = [];
	const updates: UpdateSource[] = [];
	const lineOf = (node: Node) => (node.position?.start.line ?? 1) + bodyLine - 1;
	let summaryEnd: number | undefined;
	for (const node of tree.children) {
		if (node.type === 'containerDirective' && node.name === 'update') {
			summaryEnd ??= node.position?.start.offset ?? 0;
			const update = readUpdate(node, markdown, lineOf(node), bodyLine, file, problems);
			if (update !== undefined) updates.push(update);
		} else if (summaryEnd !== undefined && !isBlankNode(node)) {
			problems.push({
				file,
				line: lineOf(node),
				where: 'body',
				expected:
					'expected the text of a live article after its first :::update to be inside :::update blocks (the summary comes before the first update)',
				found: describeFound(sourceOf(node, markdown).split('\n')[0]),
			});
		}
	}
	return { summary: markdown.slice(0, summaryEnd ?? markdown.length), updates, problems };
}

function readUpdate(
	node: RootContent & { type: 'containerDirective' },
	markdown: string,
	line: number,
	bodyLine: number,
	file: string,
	problems: ArticleProblem[],
): UpdateSource | undefined {
	const attributes = node.attributes ?? {};
	const time = attributes['time']?.trim();
	const name = time ? `:::update{time=${JSON.stringify(time)}}` : ':::update';
	const start = problems.length;
	const problem = (expected: string, found?: string, at = line) =>
		problems.push({ file, line: at, where: name, expected, found });

	const unknown = Object.keys(attributes).filter((key) => !ATTRIBUTES.includes(key));
	if (unknown.length > 0)
		problem(
			`expected only the attributes ${ATTRIBUTES.join(', ')}`,
			unknown.map((key) => JSON.stringify(key)).join(', '),
		);
	if (!time) {
		problem(
			'expected time=… (when it was posted: a date-time with offset such as 2019-12-31T14:05:00+03:00)',
			time === undefined ? 'none' : 'an empty value',
		);
	} else {
		const wrong = dateTimeInputProblem(time);
		if (wrong !== undefined) problem(wrong, describeFound(time));
	}
	const key = attributes['key'] !== undefined;
	if (key && attributes['key'] !== '' && attributes['key'] !== 'true')
		problem(
			'expected key alone (it marks a key event), or key="true"',
			describeFound(attributes['key']),
		);
	const title = attributes['title']?.trim();
	if (attributes['title'] !== undefined && !title)
		problem('expected title=… to give the update a headline', 'an empty value');
	else if (key && !title)
		problem(
			'expected title=… on a key event: the "Key events" list links to it by its title',
			'none',
		);

	const open = markdown.indexOf('\n', node.position?.start.offset ?? 0);
	const end = node.position?.end.offset ?? markdown.length;
	const closeStart = markdown.lastIndexOf('\n', end - 1) + 1;
	const last = node.children.at(-1);
	const closed =
		open !== -1 &&
		closeStart > open &&
		FENCE.test(markdown.slice(closeStart, end)) &&
		(last?.position?.end.offset ?? 0) <= closeStart;
	if (!closed) {
		problem(
			'expected the update closed by a line ":::" (with more colons on the update, "::::update", when it holds a block of its own)',
			'the end of the file',
		);
	}
	for (const inner of descendants(node)) {
		if (inner.type === 'heading')
			problem(
				'expected an update without headings: its title is its heading',
				describeFound(sourceOf(inner, markdown)),
				(inner.position?.start.line ?? 1) + bodyLine - 1,
			);
		else if (inner.type === 'footnoteDefinition')
			problem(
				'expected an update without footnotes: give the source in its text',
				describeFound(sourceOf(inner, markdown).split('\n')[0]),
				(inner.position?.start.line ?? 1) + bodyLine - 1,
			);
	}
	if (problems.length > start || time === undefined || open === -1) return undefined;
	return {
		time,
		key,
		title,
		line,
		markdown: markdown.slice(open + 1, closed ? closeStart : markdown.length),
		markdownLine: line + 1,
		name,
	};
}

/** Every node below `node`, without recursion. */
function descendants(node: Parent): Node[] {
	const found: Node[] = [];
	const stack: Node[] = [...node.children];
	for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
		found.push(next);
		const children = (next as Partial<Parent>).children;
		if (children) stack.push(...children);
	}
	return found;
}

function sourceOf(node: Node, markdown: string): string {
	return markdown.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0).trim();
}

function isBlankNode(node: RootContent): boolean {
	return node.type === 'html' && node.value.trim().startsWith('<!--');
}

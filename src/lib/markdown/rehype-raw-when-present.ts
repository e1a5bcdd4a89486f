import type { Nodes, Root } from 'hast';
import { raw } from 'hast-util-raw';
import type { Plugin } from 'unified';
import { SKIP, walk } from './walk.ts';
import { runsAtH2 } from './sections.ts';

/** Where a node starts in the body, to know it again after hast-util-raw cloned it. */
function startOf(node: { position?: { start: { offset?: number | undefined } } | undefined }) {
	return node.position?.start.offset;
}

/** Options of `rehypeRawWhenPresent`: hast-util-raw's. */
export interface RawOptions {
	/** Node types to keep as they are. */
	passThrough?: string[];
}

/**
 * rehype-raw, run only when the tree has raw HTML in it. Re-parsing a whole tree through parse5
 * costs about a sixth of an article's parse, and most articles have no raw HTML at all; on a tree
 * without `raw` nodes hast-util-raw changes nothing but positions.
 *
 * Each section (the content from one top-level `h2` to the next) is parsed on its own, so raw
 * HTML that an author leaves open (`<a>`, `<select>`, `<textarea>`...) ends with its section:
 * it cannot swallow the headings after it, which would take every later section out of the
 * article and its table of contents. HTML spanning Markdown blocks inside one section (a
 * `<figure>` around an image and its caption) still works, but an element left open before one of
 * the pipeline's blocks (a `<div>` before a `:::figure`) would take the block into it, where the
 * sanitizer drops it: that is an error, never a silently missing figure.
 */
export const rehypeRawWhenPresent: Plugin<[RawOptions?], Root, Root> =
	(options) => (tree, file) => {
		let hasRaw = false;
		walk<Nodes>(tree, (node) => {
			if (node.type === 'raw') hasRaw = true;
			return hasRaw ? SKIP : undefined;
		});
		if (!hasRaw) return tree;
		const children = runsAtH2(tree.children)
			.filter((run) => run.length > 0)
			.flatMap(
				(run) => (raw({ type: 'root', children: run }, { file, ...options }) as Root).children,
			);
		const kept = new Set(
			children.flatMap((node) => (node.type === 'articleBlock' ? [startOf(node)] : [])),
		);
		for (const node of tree.children) {
			if (node.type === 'articleBlock' && !kept.has(startOf(node))) {
				file.message(
					'expected a block (a directive, a figure, a video) outside raw HTML elements, found it inside an element that raw HTML before it left open',
					node,
					'article:raw-html',
				);
			}
		}
		return { ...tree, children };
	};

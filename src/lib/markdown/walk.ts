/**
 * A tree walk for the pipeline's own plugins. unist-util-visit is general (tests, parents stack,
 * reverse order) and costs about 0.1 ms a walk over an article's tree; the pipeline walks each
 * tree several times, and parsing ten thousand articles paid seconds for it. This walk does
 * only what the plugins need, with the same meaning of return values as `visit`.
 */

/** Returned by a visitor: do not walk into this node's children. */
export const SKIP = 'skip';

/** What a visitor returns: nothing (go on), `SKIP`, or the index to go on from in the parent. */
export type WalkResult = void | undefined | typeof SKIP | number;

/** A node as the walk sees it: a type, and perhaps children. */
interface WalkNode {
	type: string;
	children?: unknown;
}

/**
 * Calls `visitor` on every node below `tree`, depth first in document order, with its index and
 * parent. A visitor may replace or remove the node in `parent.children`; it then returns the
 * index to go on from (as with unist-util-visit), or `SKIP` to leave the children unvisited.
 * Trees are at most `MAX_NESTING` deep (remark-satteri-parse.ts), so recursion is safe.
 */
export function walk<N extends WalkNode>(
	tree: { children: readonly N[] },
	visitor: (node: N, index: number, parent: { children: N[] }) => WalkResult,
): void {
	const parent = tree as { children: N[] };
	for (let index = 0; index < parent.children.length;) {
		const node = parent.children[index] as N;
		const result = visitor(node, index, parent);
		if (typeof result === 'number') {
			index = result;
			continue;
		}
		if (result !== SKIP && Array.isArray(node.children))
			walk(node as unknown as { children: readonly N[] }, visitor);
		index++;
	}
}

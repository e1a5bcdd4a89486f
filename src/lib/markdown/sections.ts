import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';

/** A section as a tree, before it is stringified. */
export interface SectionTree {
	/** The heading's id (set by `rehypeHeadingIds`). */
	id: string;
	/** The heading's text. */
	title: string;
	/** The heading element itself. */
	heading: Element;
	/** What follows the heading up to the next `h2`. */
	children: RootContent[];
}

/** A body split at its top-level `h2` headings. */
export interface SplitBody {
	/** What comes before the first `h2`. */
	lead: RootContent[];
	/** One entry per `h2`, in order. */
	sections: SectionTree[];
}

/**
 * Splits a sanitized body at its top-level `h2` headings: what comes before the first is the
 * lead. The heading itself is kept apart so the layout can render it with its anchor.
 */
export function splitSections(tree: Root): SplitBody {
	const [lead = [], ...runs] = runsAtH2(tree.children);
	const sections = runs.map(([heading, ...children]): SectionTree => {
		const id = heading?.type === 'element' ? heading.properties['id'] : undefined;
		if (heading?.type !== 'element' || typeof id !== 'string')
			throw new Error('splitSections needs heading ids: run rehypeHeadingIds first');
		return { id, title: toString(heading).trim(), heading, children: trimWhitespace(children) };
	});
	return { lead: trimWhitespace(lead), sections };
}

/**
 * A body's top-level nodes cut before each `h2`: the run before the first (the lead, perhaps
 * empty), then one run per `h2`, which starts it. The one place a section's bounds are decided.
 */
export function runsAtH2(children: readonly RootContent[]): RootContent[][] {
	const runs: RootContent[][] = [[]];
	for (const child of children) {
		if (child.type === 'element' && child.tagName === 'h2') runs.push([]);
		runs.at(-1)?.push(child);
	}
	return runs;
}

/** `nodes` without the white-space text nodes at either end. */
export function trimWhitespace(nodes: RootContent[]): RootContent[] {
	const isBlank = (node: RootContent | undefined) =>
		node?.type === 'text' && node.value.trim() === '';
	let start = 0;
	let end = nodes.length;
	while (start < end && isBlank(nodes[start])) start++;
	while (end > start && isBlank(nodes[end - 1])) end--;
	return nodes.slice(start, end);
}

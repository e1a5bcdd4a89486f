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
	const lead: RootContent[] = [];
	const sections: SectionTree[] = [];
	for (const node of tree.children) {
		if (node.type === 'element' && node.tagName === 'h2') {
			const id = node.properties['id'];
			if (typeof id !== 'string')
				throw new Error('splitSections needs heading ids: run rehypeHeadingIds first');
			sections.push({ id, title: toString(node).trim(), heading: node, children: [] });
		} else {
			(sections.at(-1)?.children ?? lead).push(node);
		}
	}
	return {
		lead: trimWhitespace(lead),
		sections: sections.map((s) => ({ ...s, children: trimWhitespace(s.children) })),
	};
}

function trimWhitespace(nodes: RootContent[]): RootContent[] {
	const isBlank = (node: RootContent | undefined) =>
		node?.type === 'text' && node.value.trim() === '';
	let start = 0;
	let end = nodes.length;
	while (start < end && isBlank(nodes[start])) start++;
	while (end > start && isBlank(nodes[end - 1])) end--;
	return nodes.slice(start, end);
}

import GithubSlugger, { slug as bareSlug } from 'github-slugger';
import type { Element, Nodes, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { walk } from './walk.ts';

/** Ids the layouts use; a heading never takes one of them. */
export const LAYOUT_IDS: readonly string[] = [
	'main',
	'content',
	'top',
	'lead',
	'toc',
	'toc-title',
	'share-title',
	'related-title',
	'article-title',
	'site-title',
	'site-nav',
	'footnotes',
	'key-events',
	'updates-title',
	'footnote-label',
	'search-query',
	'not-found-search',
];

/** Options of `rehypeHeadingIds`. */
export interface HeadingIdsOptions {
	/** Ids already taken on the page; headings get `-1`, `-2`... instead. */
	reserved?: readonly string[];
}

/**
 * Gives every `h2`-`h6` that has none an id from its text (github-slugger, which keeps Unicode
 * letters, so an Arabic heading gets an Arabic id). Runs after sanitizing: these ids are ours.
 */
export const rehypeHeadingIds: Plugin<[HeadingIdsOptions?], Root> = (options) => (tree) => {
	addHeadingIds(tree, options?.reserved ?? LAYOUT_IDS);
};

/** The tree function behind `rehypeHeadingIds`. */
export function addHeadingIds(tree: Root, reserved: readonly string[]): void {
	const slugger = new GithubSlugger();
	for (const id of reserved) slugger.slug(id);
	// Ids already in the tree are taken first, then headings get theirs, in document order.
	const headings: Element[] = [];
	walk<Nodes>(tree, (node) => {
		if (node.type !== 'element') return;
		if (typeof node.properties['id'] === 'string') slugger.slug(node.properties['id']);
		const rank = headingRank(node);
		if (rank !== undefined && rank >= 2 && node.properties['id'] === undefined) headings.push(node);
	});
	for (const node of headings) {
		const text = toString(node).trim();
		// A heading of punctuation alone slugs to nothing; it still needs an anchor.
		node.properties['id'] = slugger.slug(bareSlug(text) === '' ? 'section' : text);
	}
}

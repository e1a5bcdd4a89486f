import type { Element, Nodes, Root } from 'hast';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { SKIP, walk } from './walk.ts';

const REMOTE = /^(https?:)?\/\//i;

/**
 * Turns each image from another site into a link to it, labelled with its text alternative:
 * loading it would tell a third party who reads what, before the reader asks (and the pages'
 * Content Security Policy, `img-src 'self' data:`, would block it anyway). Runs before the
 * sanitizer, which then judges the link like any other.
 */
export const rehypeRemoteImages: Plugin<[], Root> = () => (tree) => {
	walk<Nodes>(tree, (node, index, parent) => {
		if (node.type !== 'element') return undefined;
		// A <picture> source from another site is dropped: the browser would load it without
		// asking, and its <img> fallback (turned into a link below when remote) carries the alt.
		if (node.tagName === 'source' && isRemoteSource(node)) {
			parent.children.splice(index, 1);
			return index;
		}
		if (node.tagName !== 'img') return undefined;
		const src = node.properties['src'];
		if (typeof src !== 'string' || !REMOTE.test(src.trim())) return undefined;
		parent.children[index] = remoteImageLink(src.trim(), node);
		return SKIP;
	});
};

/** Whether any candidate of a `<source>`'s `src` or `srcset` is on another site. */
function isRemoteSource(source: Element): boolean {
	const candidates = [source.properties['src'], source.properties['srcSet']]
		.flat()
		.filter((value): value is string => typeof value === 'string')
		.flatMap((value) => value.split(','));
	return candidates.some((candidate) => REMOTE.test(candidate.trim()));
}

function remoteImageLink(src: string, image: Element): Element {
	const alt = typeof image.properties['alt'] === 'string' ? image.properties['alt'].trim() : '';
	return h(
		'a',
		{ href: src.startsWith('//') ? `https:${src}` : src },
		alt === '' ? 'Image (opens on another site)' : `Image: ${alt} (opens on another site)`,
	);
}

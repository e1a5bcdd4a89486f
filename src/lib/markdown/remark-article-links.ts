import type { Nodes, Root } from 'mdast';
import type { Plugin } from 'unified';
import { walk } from './walk.ts';

/** A link the article makes to a page of this site, with the body line it is on. */
export interface LocalLink {
	/** The URL as written. */
	url: string;
	/** 1-based line in the Markdown body. */
	line: number;
}

declare module 'vfile' {
	interface DataMap {
		/** Links and link definitions with a relative URL, for the build to check. */
		localLinks: LocalLink[];
	}
}

const ABSOLUTE = /^([a-z][a-z0-9+.-]*:|\/\/|#)/i;

/**
 * Records every link and link definition whose URL is relative (`../other-story/`,
 * `/articles/x/`), so the build can say which point at no article. Changes nothing.
 */
export const remarkArticleLinks: Plugin<[], Root> = () => (tree, file) => {
	const links: LocalLink[] = [];
	walk<Nodes>(tree, (node) => {
		if (
			(node.type === 'link' || node.type === 'definition') &&
			!ABSOLUTE.test(node.url) &&
			node.url !== ''
		) {
			links.push({ url: node.url, line: node.position?.start.line ?? 1 });
		}
	});
	file.data.localLinks = links;
};

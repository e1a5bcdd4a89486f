import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import type { Plugin } from 'unified';
import { visit, EXIT } from 'unist-util-visit';

/** Options of `rehypeRawWhenPresent`: hast-util-raw's. */
export interface RawOptions {
	/** Node types to keep as they are. */
	passThrough?: string[];
}

/**
 * rehype-raw, run only when the tree has raw HTML in it. Re-parsing a whole tree through parse5
 * costs about a sixth of an article's parse, and most articles have no raw HTML at all; on a tree
 * without `raw` nodes hast-util-raw changes nothing but positions.
 */
export const rehypeRawWhenPresent: Plugin<[RawOptions?], Root, Root> =
	(options) => (tree, file) => {
		let hasRaw = false;
		visit(tree, 'raw', () => {
			hasRaw = true;
			return EXIT;
		});
		return hasRaw ? (raw(tree, { file, ...options }) as Root) : tree;
	};

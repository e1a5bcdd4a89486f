import type { Position } from 'unist';
import type { Block } from '../article/article-schema.ts';

/**
 * A block in the mdast and hast trees: typed data that a remark plugin recognised, carried
 * through remark-rehype and the sanitizer unchanged, and rendered by a component, never HTML.
 */
export interface ArticleBlockNode {
	type: 'articleBlock';
	/** The block's data. */
	block: Block;
	position?: Position | undefined;
}

declare module 'mdast' {
	interface RootContentMap {
		articleBlock: ArticleBlockNode;
	}
}

declare module 'hast' {
	interface RootContentMap {
		articleBlock: ArticleBlockNode;
	}
}

import { createHash } from 'node:crypto';

/**
 * The cache key of a page that shows one article and things taken from others (related
 * coverage): the article's digest hashed with those things, so a change to any of them renders
 * the page again in an incremental build.
 */
export function pageCacheKey(digest: string | number, fromOthers: unknown): string {
	return createHash('sha256')
		.update(String(digest))
		.update('\0')
		.update(JSON.stringify(fromOthers))
		.digest('base64url');
}

/**
 * The cache key of a page of a listing (`route` names the listing): everything it shows of its
 * articles, their whole metadata, and where it sits among the listing's pages.
 */
export function listingCacheKey(
	route: string,
	page: {
		articles: readonly { slug: string; meta: unknown }[];
		currentPage: number;
		lastPage: number;
	},
): string {
	return pageCacheKey(route, {
		articles: page.articles.map(({ slug, meta }) => ({ slug, meta })),
		currentPage: page.currentPage,
		lastPage: page.lastPage,
	});
}

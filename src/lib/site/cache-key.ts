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

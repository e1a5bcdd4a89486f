import { createHash } from 'node:crypto';
import type { FrontPage } from './front-page.ts';

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

/** An article as a listing's cache key hashes it: its slug and whole metadata. */
interface KeyedArticle {
	slug: string;
	meta: unknown;
}

/**
 * The cache key of a page of an edition's home listing, full or text-only (`route` names it):
 * the listing's, and on the front page (`front`) what it shows of the lead story, the top stories
 * and the topic blocks, with the lead's image file (its URL is hashed from its bytes).
 */
export function homeCacheKey(
	route: string,
	page: Parameters<typeof listingCacheKey>[1],
	front: FrontPage<KeyedArticle & { heroImage?: { src: string } | undefined }> | undefined,
): string {
	const key = listingCacheKey(route, page);
	if (front === undefined) return key;
	const shown = ({ slug, meta }: KeyedArticle) => ({ slug, meta });
	return pageCacheKey(key, {
		lead:
			front.lead === undefined
				? null
				: { ...shown(front.lead), image: front.lead.heroImage?.src ?? null },
		top: front.top.map(shown),
		topics: front.topics.map((block) => ({ ...block, articles: block.articles.map(shown) })),
	});
}

/**
 * The cache key of a page of a topic's listing, full or text-only (`route` names it): the
 * listing's, with the topic's slug, name and language, which the page shows too.
 */
export function topicCacheKey(
	route: string,
	topic: { slug: string; name: string; lang: string },
	page: Parameters<typeof listingCacheKey>[1],
): string {
	return listingCacheKey(
		`${route} ${JSON.stringify({ slug: topic.slug, name: topic.name, lang: topic.lang })}`,
		page,
	);
}

import { editionParam } from '../lib/site/editions/editions.ts';
import { homeCacheKey, pageCacheKey, topicCacheKey } from '../lib/site/listings/cache-key.ts';
import { siteData, type EditionData } from './site-data.ts';

/**
 * The paths of a page every edition has once (`/archive/`, `/ar/archive/`...), named `name`:
 * each edition's params, the edition and what `shows` picks of its data as props, and what it
 * shows as the cache key, so the page is restored in an incremental build while that is unchanged.
 */
export async function editionPages<T>(name: string, shows: (data: EditionData) => T) {
	return (await siteData()).editions.map((data) => {
		const { edition } = data;
		const shown = shows(data);
		return {
			params: { edition: editionParam(edition) },
			props: { edition, shown },
			cacheKey: pageCacheKey(`${name} ${edition.root}`, shown),
		};
	});
}

/**
 * The paths of every edition's front page and its further pages, named `name` (the full site's
 * and the text-only edition's): `/` and `/page/2/`..., `/ar/` and `/ar/page/2/`... as the `page`
 * param of a `[...page]` route. The first page has the edition's front (lead story, top stories,
 * topic blocks) besides its first page of the rest of the news; the cache key hashes both.
 */
export async function frontPages(name: string) {
	return (await siteData()).editions.flatMap(({ edition, listings }) => {
		const front = listings.front ?? { top: [], topics: [] };
		// `ar/`, `ar/page/2/` for an edition under its prefix.
		const prefix = edition.root.slice(1);
		return listings.home.map((page) => {
			const shownFront = page.currentPage === 1 ? front : undefined;
			const path = page.currentPage === 1 ? prefix : `${prefix}page/${String(page.currentPage)}/`;
			return {
				params: { page: path === '' ? undefined : path.slice(0, -1) },
				props: { page, front: shownFront, edition },
				cacheKey: homeCacheKey(`${name} ${edition.root}`, page, shownFront),
			};
		});
	});
}

/**
 * The paths of every edition's topic pages, named `name` (the full site's and the text-only
 * edition's): `/topics/<slug>/`, `/topics/<slug>/2/`..., `/ar/topics/<slug>/`... as the
 * `edition`, `topic` and `page` params. The topic's name is spelt as in its newest article, so it
 * is in that article's language (`lang`).
 */
export async function topicPages(name: string) {
	return (await siteData()).editions.flatMap(({ edition, listings }) =>
		listings.topics.flatMap(({ topic, pages }) =>
			pages.map((page) => ({
				params: {
					edition: editionParam(edition),
					topic: topic.slug,
					page: page.currentPage === 1 ? undefined : String(page.currentPage),
				},
				props: { page, topic: { slug: topic.slug, name: topic.name, lang: topic.lang }, edition },
				cacheKey: topicCacheKey(`${name} ${edition.root}`, topic, page),
			})),
		),
	);
}

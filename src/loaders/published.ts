import { getCollection, type CollectionEntry } from 'astro:content';
import { BUILD_TIME } from '../lib/site/build-time.ts';
import { holdBack } from '../lib/site/publishing.ts';

/**
 * The articles a page may show, newest first: in a build only the public ones (no drafts, no
 * `pubDate` after the build); in `astro dev` all of them, so editors can see their work.
 */
export async function getPublishedArticles(): Promise<CollectionEntry<'articles'>[]> {
	const entries = await getCollection(
		'articles',
		// MODE, not PROD: PROD follows NODE_ENV, and a CI that sets NODE_ENV=test would publish
		// drafts; `astro build` runs in mode "production" whatever NODE_ENV says.
		(entry) =>
			import.meta.env.MODE === 'development' || holdBack(entry.data.meta, BUILD_TIME) === undefined,
	);
	return entries.sort(
		(a, b) => b.data.meta.pubDate.epochMs - a.data.meta.pubDate.epochMs || a.id.localeCompare(b.id),
	);
}

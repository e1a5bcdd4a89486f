import { getCollection, type CollectionEntry } from 'astro:content';
import { ArticleError } from '../lib/article/article-error.ts';
import { BUILD_TIME } from '../lib/site/publishing/build-time.ts';
import { devProblems } from './dev-problems.ts';
import { holdBack } from '../lib/site/publishing/publishing.ts';

/**
 * The articles a page may show, newest first: in a build only the public ones (no drafts, no
 * `pubDate` after the build); in `astro dev` all of them, so editors can see their work.
 */
export async function getPublishedArticles(): Promise<CollectionEntry<'articles'>[]> {
	assertNoDevProblems();
	// A build reads the collection once: every listing, topic and archive route asks for it, and
	// each read copies every entry. `astro dev` reads afresh, as articles change while it runs.
	if (import.meta.env.MODE === 'development') return readPublished();
	published ??= readPublished();
	return [...(await published)];
}

let published: Promise<CollectionEntry<'articles'>[]> | undefined;

async function readPublished(): Promise<CollectionEntry<'articles'>[]> {
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

/**
 * In `astro dev`, throws the problems of every article saved with one since start-up, so
 * Astro's error overlay shows them (file, line, what was expected) until the file is fixed.
 * Pages call it as they render: `getStaticPaths` is cached and would not see a new problem.
 */
export function assertNoDevProblems(): void {
	const problems = import.meta.env.MODE === 'development' ? devProblems() : [];
	if (problems.length === 0) return;
	const error = new ArticleError(problems);
	// The overlay would show this function's code under the message: the file to fix is the article.
	error.stack = '';
	throw error;
}

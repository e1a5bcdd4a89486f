import type { StoredArticle } from './article-body-store.ts';

// The loader and the integrations run in one process but in different module graphs (the loader
// through Vite, the integrations from astro.config): the articles of this build reach the search
// index on globalThis, under a registered symbol.
const ARTICLES = Symbol.for('news-reader.articles');

/** Records every article of this build (drafts and scheduled ones too); the loader calls it. */
export function registerArticles(articles: readonly StoredArticle[]): void {
	(globalThis as { [ARTICLES]?: readonly StoredArticle[] })[ARTICLES] = articles;
}

/** Every article the loader registered in this build. */
export function registeredArticles(): readonly StoredArticle[] {
	const articles = (globalThis as { [ARTICLES]?: readonly StoredArticle[] })[ARTICLES];
	if (articles === undefined)
		throw new Error(
			'no articles registered: the search index is built from what the article loader read, and the content did not sync',
		);
	return articles;
}

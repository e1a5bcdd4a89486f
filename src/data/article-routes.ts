import { laterLivePages } from '../lib/site/live/live-pages.ts';
import { pageCacheKey } from '../lib/site/listings/cache-key.ts';
import {
	articlePageData,
	type ArticleEntry,
	type ArticlePageData,
	siteData,
	type SiteData,
} from './site-data.ts';

/** One page of an article: which page of its updates it shows (1 on the article page). */
interface ArticlePage {
	entry: ArticleEntry;
	page: number;
	pageData: ArticlePageData;
}

/**
 * Every article's page (`/articles/<slug>/`), and after it the later pages of a live article's
 * updates (`/articles/<slug>/page/2/`…), which only live articles with more updates than fit on
 * their article page have.
 */
function articlePages(data: SiteData): ArticlePage[] {
	return data.articles.flatMap((entry) => {
		const pageData = articlePageData(entry, data);
		const later = entry.data.live === undefined ? [] : laterLivePages(entry.data.live);
		return [1, ...later].map((page) => ({ entry, page, pageData }));
	});
}

/**
 * The params of a `[slug]/[...page]` route: no `page` on the article page, `page/2`… on the
 * later pages (the paths `livePagePath` gives).
 */
function params(entry: ArticleEntry, page: number) {
	return { slug: entry.id, page: page === 1 ? undefined : `page/${String(page)}` };
}

/**
 * The cache key of an article's page: the article's digest (its updates included), which page
 * of its updates it is, and what it shows that is not in the article file (`shown`).
 */
function cacheKey(entry: ArticleEntry, page: number, shown: Record<string, unknown>): string {
	return pageCacheKey(entry.digest, page === 1 ? shown : { page, ...shown });
}

/**
 * The `getStaticPaths` of the full pages of every article (`articlePages`): the stored article
 * (its body is loaded when the page renders) and the rest of `ArticleLayout`'s props.
 */
export async function articleRoutes() {
	return articlePages(await siteData()).map(({ entry, page, pageData }) => ({
		params: params(entry, page),
		props: {
			stored: entry.data,
			layout: {
				heroImage: entry.data.heroImage,
				bodyImages: entry.data.bodyImages,
				imageRights: entry.data.imageRights,
				...pageData,
				livePage: page,
			},
		},
		// The digest covers the article file, the site settings the pipeline reads and the
		// pipeline's code; Astro adds the page's own module graph. What the page shows of other
		// articles and of its authors' files is hashed in too, so a retitled or retagged article
		// re-renders its neighbours and a new author file its bylines. The age label changes
		// with the build's date, not with any file: its text is in the key. So are the title and
		// language of its original and translations, which it links.
		cacheKey: cacheKey(entry, page, { ...pageData, original: pageData.original ?? null }),
	}));
}

/**
 * The `getStaticPaths` entries of the text-only pages of every article (`/lite/articles/…`): the
 * stored article and the rest of `LiteArticleLayout`'s props.
 */
export async function liteArticleRoutes() {
	return articlePages(await siteData()).map(({ entry, page, pageData: { authors, ageLabel } }) => ({
		params: params(entry, page),
		props: {
			stored: entry.data,
			layout: { authors, ageLabel, imageRights: entry.data.imageRights ?? {}, livePage: page },
		},
		// The article's digest, and what the page shows of its authors' files and of the build's
		// date; nothing of other articles (no related coverage here).
		cacheKey: cacheKey(entry, page, { lite: true, authors, ageLabel }),
	}));
}

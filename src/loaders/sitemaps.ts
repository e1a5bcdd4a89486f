import { BUILD_TIME } from '../lib/site/publishing/build-time.ts';
import type { StoredArticle } from './article-body-store.ts';
import { groupByMonth } from '../lib/site/listings/archive.ts';
import {
	chunk,
	sitemapFiles,
	type SitemapFile,
	type SitemapPage,
} from '../lib/site/sitemaps/sitemap.ts';
import { collectTopics } from '../lib/site/listings/topics.ts';
import {
	absoluteUrl,
	archivePath,
	articlePath,
	homePath,
	topicPath,
	topicsPath,
} from '../lib/site/urls.ts';
import { siteConfig } from '../site.config.ts';
import { getPublishedArticles } from './published.ts';

const base = import.meta.env.BASE_URL;

/** The absolute URL of a site-absolute path (without base). */
function url(path: string): string {
	return absoluteUrl(path, siteConfig.url, base);
}

/**
 * Every sitemap file of this build. These are endpoints rather than @astrojs/sitemap: that
 * integration runs after the build, outside the content store, and sees only URLs, so it could
 * date a page only by parsing every article file a second time or by reading the built HTML.
 * Here each page is listed with the articles it shows; tests/build/sitemap.test.ts checks that
 * every built page is listed, so a new kind of page cannot be forgotten here.
 */
export async function siteSitemaps(): Promise<SitemapFile[]> {
	const articles = (await getPublishedArticles()).map((entry) => entry.data);
	return sitemapFiles({
		pages: [
			...listingPages(articles),
			...articles.map(({ slug, meta }) => ({ loc: url(articlePath(slug)), articles: [meta] })),
		],
		news: articles.map(({ slug, meta }) => ({
			loc: url(articlePath(slug)),
			title: meta.title,
			lang: meta.lang,
			pubDate: meta.pubDate,
		})),
		publicationName: siteConfig.title,
		now: BUILD_TIME,
	});
}

/**
 * Every listing page, each with the articles it shows, paginated as the pages are
 * (`siteConfig.pageSize`): the latest articles, the topics index and each topic, the archive,
 * its years and its months. The two indexes list topics and months, not articles: they change
 * with any article, so they take the newest of all.
 */
function listingPages(articles: readonly StoredArticle[]): SitemapPage[] {
	const metas = articles.map(({ meta }) => meta);
	const paged = (list: readonly StoredArticle[], pathOf: (page: number) => string) =>
		chunk(list, siteConfig.pageSize).map((run, index) => ({
			loc: url(pathOf(index + 1)),
			articles: run.map(({ meta }) => meta),
		}));
	const bySlug = new Map(articles.map((article) => [article.slug, article]));
	const topics = collectTopics(articles, siteConfig.defaultLang);
	const years = groupByMonth(articles, siteConfig.timeZone);
	return [
		...paged(articles, (page) => homePath('/', page)),
		{ loc: url(topicsPath()), articles: metas },
		...topics.flatMap((topic) =>
			paged(
				topic.articles.flatMap((slug) => bySlug.get(slug) ?? []),
				(page) => topicPath(topic.slug, '/', page),
			),
		),
		{ loc: url(archivePath()), articles: metas },
		...years.flatMap((year) => [
			{
				loc: url(archivePath('/', year.year)),
				articles: year.months.flatMap((month) => month.articles.map(({ meta }) => meta)),
			},
			...year.months.flatMap((month) =>
				paged(month.articles, (page) => archivePath('/', year.year, month.month, page)),
			),
		]),
	];
}

/** The absolute URL of the sitemap file named `name` (`sitemap-<name>.xml`). */
export function sitemapUrl(name: string): string {
	return url(`/sitemap-${name}.xml`);
}

/** The absolute URL of the sitemap index. */
export const sitemapIndexUrl: string = url('/sitemap-index.xml');

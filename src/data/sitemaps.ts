import type { ListingPage } from '../lib/site/listings/site-listings.ts';
import { BUILD_TIME } from '../lib/site/publishing/build-time.ts';
import { datedMeta, lastUpdate, livePageCount, livePagePath } from '../lib/site/live/live-pages.ts';
import { sitemapFiles, type SitemapFile, type SitemapPage } from '../lib/site/sitemaps/sitemap.ts';
import {
	absoluteUrl,
	archivePath,
	articlePath,
	authorsPath,
	sitePagePath,
	topicsPath,
} from '../lib/site/urls.ts';
import { siteConfig } from '../site.config.ts';
import { siteData, type ListedArticle } from './site-data.ts';

const base = import.meta.env.BASE_URL;

/** The absolute URL of a site-absolute path (without base). */
function url(path: string): string {
	return absoluteUrl(path, siteConfig.url, base);
}

/**
 * Every sitemap file of this build. These are endpoints rather than @astrojs/sitemap: that
 * integration runs after the build, outside the content store, and sees only URLs, so it could
 * date a page only by parsing every article file a second time or by reading the built HTML.
 * Here each page is listed with the articles it shows, from the same listing table the routes
 * are built from; tests/build/sitemap.test.ts checks that every built page is listed.
 */
export function siteSitemaps(): Promise<SitemapFile[]> {
	// The index and each sitemap file ask for them: made once a build (afresh in `astro dev`).
	if (import.meta.env.MODE === 'development') return makeSitemaps();
	sitemaps ??= makeSitemaps();
	return sitemaps;
}

let sitemaps: Promise<SitemapFile[]> | undefined;

async function makeSitemaps(): Promise<SitemapFile[]> {
	const {
		articles,
		editions,
		authorPages,
		pages: newsroomPages,
		originalOf,
		translationsOf,
	} = await siteData();
	// A live article is dated by its newest update, wherever it is listed.
	const dated = ({ meta, live }: ListedArticle) => datedMeta(meta, live);
	const metas = articles.map((entry) => dated(entry.data));
	const metaOf = new Map(articles.map(({ data }) => [data.slug, data.meta]));
	const listed = (pages: readonly ListingPage<ListedArticle>[]): SitemapPage[] =>
		pages.map((page) => ({ loc: url(page.path), articles: page.articles.map(dated) }));
	// Each edition's pages: its front, topics and archive. The indexes list topics and months, not
	// articles: they change with any of the edition's articles, so they take the newest of all.
	const editionPages = editions.flatMap(({ edition, articles: own, listings }): SitemapPage[] => {
		const ownMetas = own.map((entry) => dated(entry.data));
		// The front page shows its lead, top stories and topic blocks besides its list.
		const front = listings.front;
		const frontArticles =
			front === undefined
				? []
				: [front.lead, ...front.top, ...front.topics.flatMap((block) => block.articles)].flatMap(
						(article) => (article === undefined ? [] : [dated(article)]),
					);
		const home = listed(listings.home).map((page, index) =>
			index === 0 ? { ...page, articles: [...frontArticles, ...page.articles] } : page,
		);
		return [
			...home,
			{ loc: url(topicsPath(edition.root)), articles: ownMetas },
			...listings.topics.flatMap(({ pages: topicPages }) => listed(topicPages)),
			{ loc: url(archivePath(edition.root)), articles: ownMetas },
			...listings.years.flatMap((year) => [
				{
					loc: url(archivePath(edition.root, year.year)),
					articles: year.months.flatMap((month) =>
						month.pages.flatMap((page) => page.articles.map(dated)),
					),
				},
				...year.months.flatMap((month) => listed(month.pages)),
			]),
		];
	});
	// An original and its translations: each lists every version, itself included.
	const versions = (slug: string): SitemapPage['alternates'] => {
		const original = originalOf.get(slug)?.slug ?? slug;
		const translations = translationsOf.get(original) ?? [];
		if (translations.length === 0) return undefined;
		return [original, ...translations.map((translation) => translation.slug)].flatMap((other) => {
			const meta = metaOf.get(other);
			return meta === undefined ? [] : [{ hreflang: meta.lang, href: url(articlePath(other)) }];
		});
	};
	const pages: SitemapPage[] = [
		...editionPages,
		// The authors index lists people, not articles: it changes with any of their articles.
		{ loc: url(authorsPath()), articles: metas },
		...authorPages.flatMap(({ pages: ownPages }) => listed(ownPages)),
		// A newsroom page is dated by its updatedDate, when it gives one.
		...newsroomPages.map(({ data }) => ({
			loc: url(sitePagePath(data.slug)),
			articles: data.updatedDate === undefined ? [] : [{ pubDate: data.updatedDate }],
		})),
		...articles.flatMap(({ data }) => {
			// Each page of a live article's updates is listed; the first, the article's page, names
			// its other language versions.
			const count = data.live === undefined ? 1 : livePageCount(data.live.updates.length);
			return Array.from({ length: count }, (_, index) => ({
				loc: url(livePagePath(data.slug, index + 1)),
				articles: [dated(data)],
				alternates: index === 0 ? versions(data.slug) : undefined,
			}));
		}),
	];
	return sitemapFiles({
		pages,
		news: articles.map(({ data }) => {
			// While its coverage runs, a live article is news as of its last update.
			const running = data.live !== undefined && data.live.end === undefined;
			return {
				loc: url(articlePath(data.slug)),
				title: data.meta.title,
				lang: data.meta.lang,
				pubDate: (running && data.live ? lastUpdate(data.live) : undefined) ?? data.meta.pubDate,
				live: running,
			};
		}),
		publicationName: siteConfig.title,
		now: BUILD_TIME,
	});
}

/** The absolute URL of the sitemap file named `name` (`sitemap-<name>.xml`). */
export function sitemapUrl(name: string): string {
	return url(`/sitemap-${name}.xml`);
}

/** The absolute URL of the sitemap index. */
export const sitemapIndexUrl: string = url('/sitemap-index.xml');

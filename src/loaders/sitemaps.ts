import { BUILD_TIME } from '../lib/site/build-time.ts';
import { sitemapFiles, type SitemapFile, type SitemapPage } from '../lib/site/sitemap.ts';
import { absoluteUrl, articlePath } from '../lib/site/urls.ts';
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
	const pages: SitemapPage[] = [
		{
			loc: url('/'),
			articles: articles.slice(0, siteConfig.homeArticleCount).map(({ meta }) => meta),
		},
		...articles.map(({ slug, meta }) => ({ loc: url(articlePath(slug)), articles: [meta] })),
	];
	return sitemapFiles({
		pages,
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

/** The absolute URL of the sitemap file named `name` (`sitemap-<name>.xml`). */
export function sitemapUrl(name: string): string {
	return url(`/sitemap-${name}.xml`);
}

/** The absolute URL of the sitemap index. */
export const sitemapIndexUrl: string = url('/sitemap-index.xml');

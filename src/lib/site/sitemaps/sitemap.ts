import type { ArticleDate } from '../../core/dates.ts';
import type { ArticleMeta } from '../../article/article-schema.ts';
import { el, serializeXml } from '../feeds/xml.ts';

/** What sitemaps need of an article. */
export type SitemapArticle = Pick<ArticleMeta, 'pubDate' | 'updatedDate'>;

/** A page of the site and the articles it shows, which date it. */
export interface SitemapPage {
	/** Absolute URL of the page, base included. */
	loc: string;
	/** For an article page, the article itself; for a listing (home, topic), every article it lists. */
	articles: readonly SitemapArticle[];
	/**
	 * The page's versions in other languages and the page itself (an original and its
	 * translations), each an `xhtml:link rel="alternate"`: absolute URL and BCP 47 tag.
	 */
	alternates?: readonly { hreflang: string; href: string }[] | undefined;
}

/** An article for the Google News sitemap. */
export interface NewsArticle {
	/** Absolute URL of the article page. */
	loc: string;
	title: string;
	/** BCP 47 tag of the article. */
	lang: string;
	/** Its publication; for a live article whose coverage runs, its newest update's time. */
	pubDate: ArticleDate;
	/** Whether its live coverage runs: it stays in the news sitemap however old it is. */
	live?: boolean | undefined;
}

/** One sitemap file of the index: its name (`sitemap-<name>.xml`), its XML and newest `lastmod`. */
export interface SitemapFile {
	name: string;
	xml: string;
	lastmod: ArticleDate | undefined;
}

/** The protocol's limit of URLs in one sitemap file (sitemaps.org). */
export const SITEMAP_MAX_URLS = 50_000;

/** Google News lists articles published in the last two days; older entries are ignored. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** When an article last changed: its update, else its publication. */
export function lastModified(article: SitemapArticle): ArticleDate {
	return article.updatedDate ?? article.pubDate;
}

/** The newest `lastModified` of `articles`, or `undefined` when there are none. */
export function newestModified(articles: readonly SitemapArticle[]): ArticleDate | undefined {
	let newest: ArticleDate | undefined;
	for (const article of articles) {
		const date = lastModified(article);
		if (newest === undefined || date.epochMs > newest.epochMs) newest = date;
	}
	return newest;
}

/**
 * Whether an article published at `pubDate` belongs in the Google News sitemap of a build made
 * at `now`: published in the two days up to `now`, both ends included.
 */
export function inNewsWindow(pubDate: ArticleDate, now: number): boolean {
	return pubDate.epochMs <= now && now - pubDate.epochMs <= NEWS_WINDOW_MS;
}

/**
 * The language code Google News expects: the ISO 639 code (`en`, `ar`, `pt-BR` → `pt`), except
 * Chinese, which it wants as `zh-cn` or `zh-tw`.
 */
export function newsLanguage(lang: string): string {
	const [primary = '', ...subtags] = lang.toLowerCase().split('-');
	if (primary !== 'zh') return primary;
	return subtags.some((subtag) => ['hant', 'tw', 'hk', 'mo'].includes(subtag)) ? 'zh-tw' : 'zh-cn';
}

/**
 * A date as sitemaps want it (W3C Datetime, checked by the protocol's XML Schema as `xsd:date`
 * or `xsd:dateTime`): a calendar date as written, a date-time in UTC with seconds (an author may
 * write `14:05+03:00`, which `xsd:dateTime` rejects for its missing seconds).
 */
export function w3cDatetime(date: ArticleDate): string {
	return date.hasTime ? new Date(date.epochMs).toISOString().replace('.000Z', 'Z') : date.iso;
}

/** `list` in consecutive runs of at most `size`; one empty run for an empty list. */
export function chunk<T>(list: readonly T[], size: number): T[][] {
	if (list.length === 0) return [[]];
	const runs: T[][] = [];
	for (let start = 0; start < list.length; start += size)
		runs.push(list.slice(start, start + size));
	return runs;
}

/**
 * A `<urlset>` of `pages`, each with `lastmod` from its newest article (`w3cDatetime`) and its
 * language versions as `xhtml:link` alternates (Google's form for hreflang in sitemaps).
 */
export function urlsetXml(pages: readonly SitemapPage[]): string {
	const alternates = pages.some((page) => (page.alternates ?? []).length > 0);
	return serializeXml(
		el(
			'urlset',
			alternates ? { xmlns: SITEMAP_NS, 'xmlns:xhtml': XHTML_NS } : { xmlns: SITEMAP_NS },
			pages.map((page) =>
				el(
					'url',
					{},
					el('loc', {}, page.loc),
					lastmodElement(newestModified(page.articles)),
					...(page.alternates ?? []).map(({ hreflang, href }) =>
						el('xhtml:link', { rel: 'alternate', hreflang, href }),
					),
				),
			),
		),
	);
}

/** A Google News `<urlset>`: each article with the publication's name and its own language. */
export function newsUrlsetXml(articles: readonly NewsArticle[], publicationName: string): string {
	return serializeXml(
		el(
			'urlset',
			{ xmlns: SITEMAP_NS, 'xmlns:news': NEWS_NS },
			articles.map((article) =>
				el(
					'url',
					{},
					el('loc', {}, article.loc),
					el(
						'news:news',
						{},
						el(
							'news:publication',
							{},
							el('news:name', {}, publicationName),
							el('news:language', {}, newsLanguage(article.lang)),
						),
						el('news:publication_date', {}, w3cDatetime(article.pubDate)),
						el('news:title', {}, article.title),
					),
				),
			),
		),
	);
}

/** The `<sitemapindex>` naming each file (`sitemapUrl(name)`) with its newest `lastmod`. */
export function sitemapIndexXml(
	files: readonly Pick<SitemapFile, 'name' | 'lastmod'>[],
	sitemapUrl: (name: string) => string,
): string {
	return serializeXml(
		el(
			'sitemapindex',
			{ xmlns: SITEMAP_NS },
			files.map((file) =>
				el('sitemap', {}, el('loc', {}, sitemapUrl(file.name)), lastmodElement(file.lastmod)),
			),
		),
	);
}

function lastmodElement(date: ArticleDate | undefined) {
	return date === undefined ? undefined : el('lastmod', {}, w3cDatetime(date));
}

/**
 * Every sitemap file of the site: the pages in files of at most `maxUrls` (`0`, `1`...), then
 * `news` with the articles published in the two days before `now` and the live articles whose
 * coverage runs, when there are any (an
 * empty `<urlset>` is not valid, and a file no index names would only confuse).
 */
export function sitemapFiles(options: {
	pages: readonly SitemapPage[];
	news: readonly NewsArticle[];
	publicationName: string;
	now: number;
	maxUrls?: number;
}): SitemapFile[] {
	const files = chunk(options.pages, options.maxUrls ?? SITEMAP_MAX_URLS).map(
		(pages, index): SitemapFile => ({
			name: String(index),
			xml: urlsetXml(pages),
			lastmod: newestModified(pages.flatMap((page) => page.articles)),
		}),
	);
	const recent = options.news.filter(
		(article) => article.live === true || inNewsWindow(article.pubDate, options.now),
	);
	if (recent.length > 0) {
		files.push({
			name: 'news',
			xml: newsUrlsetXml(recent, options.publicationName),
			lastmod: newestModified(recent.map((article) => ({ pubDate: article.pubDate }))),
		});
	}
	return files;
}

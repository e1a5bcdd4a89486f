import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/lib/article/article-schema.ts';
import type { ArticleDate } from '../../src/lib/core/dates.ts';
import type { SitePage as SitePageData } from '../../src/lib/article/page-schema.ts';
import { parsePage } from '../../src/lib/pipeline/parse-newsroom.ts';
import { articleParseOptions, siteConfig } from '../../src/site.config.ts';
import { runAstroBuild } from '../helpers/build/build-site.ts';
import { builtFiles, unresolved, siteHome } from '../helpers/build/built-urls.ts';
import { publishedFixtureArticles } from '../helpers/build/fixture-articles.ts';
import {
	FIXTURE_PAGES,
	ROOT,
	ROOT_BUILD,
	SUB_PATH_BASE,
	SUB_PATH_BUILD,
	fixtureBuild,
	type FixtureBuild,
} from '../helpers/shared/paths.ts';
import { listPages, parsePage as parseHtml } from '../helpers/shared/site-pages.ts';
import {
	attr,
	child,
	children,
	optionalText,
	text,
	type Tree,
} from '../helpers/shared/parsed-tree.ts';
import { strictXmlProblems, xmlSyntaxError } from '../helpers/shared/xml-check.ts';

const TWO_DAYS = 2 * 24 * 60 * 60 * 1000;

const xml = new XMLParser({
	ignoreAttributes: false,
	parseTagValue: false,
	isArray: (name) => ['url', 'sitemap', 'news:news'].includes(name),
});

interface UrlEntry {
	loc: string;
	lastmod: string | undefined;
	/** The `news:news` element, in a Google News sitemap. */
	news: Tree | undefined;
	/** The `<urlset>` element, for its namespace declarations. */
	namespaces: Tree;
}

function readXml(build: FixtureBuild, rel: string): unknown {
	const source = readFileSync(join(build.outDir, rel), 'utf8');
	expect(xmlSyntaxError(source), rel).toBeUndefined();
	return xml.parse(source) as unknown;
}

/** The `<url>` entries of a sitemap file, with `loc`, `lastmod` and the `news:news` element. */
function urlEntries(build: FixtureBuild, rel: string): UrlEntry[] {
	const urlset = child(readXml(build, rel), 'urlset');
	expect(attr(urlset, 'xmlns')).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
	return children(urlset, 'url').map((url) => ({
		loc: text(url, 'loc'),
		lastmod: optionalText(url, 'lastmod'),
		news: children(url, 'news:news')[0],
		namespaces: urlset,
	}));
}

/** The files the index names, as paths inside the output folder. */
function indexedSitemaps(build: FixtureBuild): { rel: string; lastmod: string | undefined }[] {
	const index = child(readXml(build, 'sitemap-index.xml'), 'sitemapindex');
	expect(attr(index, 'xmlns')).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
	return children(index, 'sitemap').map((entry) => {
		const loc = text(entry, 'loc');
		expect(unresolved(loc, build)).toBeUndefined();
		return { rel: loc.slice(siteHome(build).length), lastmod: optionalText(entry, 'lastmod') };
	});
}

function newest(dates: readonly ArticleDate[]): ArticleDate | undefined {
	return dates.reduce<ArticleDate | undefined>(
		(best, date) => (best === undefined || date.epochMs > best.epochMs ? date : best),
		undefined,
	);
}

/** An article's date: its update or publication, or a live article's newest update if later. */
const modified = (article: Article) => {
	const own = article.meta.updatedDate ?? article.meta.pubDate;
	const last = article.live?.updates[0]?.time;
	return last !== undefined && last.epochMs > own.epochMs ? last : own;
};

/** Whether a sitemap date says `date`: a calendar date as written, a date-time at the same instant. */
function sameDate(value: string | undefined, date: ArticleDate | undefined): boolean {
	if (value === undefined || date === undefined) return value === undefined && date === undefined;
	return date.hasTime ? Date.parse(value) === date.epochMs : value === date.iso;
}

/** The fixture site's newsroom pages, by the file each is built to (`about/index.html`). */
function fixtureNewsroomPages(): Map<string, SitePageData> {
	const dir = join(ROOT, FIXTURE_PAGES);
	return new Map(
		readdirSync(dir)
			.filter((name) => name.endsWith('.md'))
			.map((name) => {
				const parsed = parsePage(readFileSync(join(dir, name), 'utf8'), name, articleParseOptions);
				return [`${parsed.slug}/index.html`, parsed];
			}),
	);
}

/** Pages with nothing of their own for a search engine: the 404 page, and search (it shows results only to a script). */
const UNLISTED = ['404.html', 'search/index.html', 'ar/search/index.html'];
/** The text-only edition (`/lite/`): copies of full pages, whose canonical URL is the full page. */
const inSitemap = (page: { rel: string }) =>
	!UNLISTED.includes(page.rel) && !page.rel.startsWith('lite/');
describe.each([ROOT_BUILD, SUB_PATH_BUILD])(
	'sitemaps of the site built for base $base',
	(build) => {
		const articles = publishedFixtureArticles();
		const bySlug = new Map(articles.map((article) => [article.slug, article]));
		const newsroomPages = fixtureNewsroomPages();

		it('robots.txt names the sitemap index by its absolute URL, which resolves', () => {
			const robots = readFileSync(join(build.outDir, 'robots.txt'), 'utf8');
			const lines = robots.split('\n');
			expect(lines).toContain('User-agent: *');
			const sitemap = lines.filter((line) => line.startsWith('Sitemap: '));
			expect(sitemap).toEqual([`Sitemap: ${siteHome(build)}sitemap-index.xml`]);
			expect(unresolved(sitemap[0]?.slice('Sitemap: '.length) ?? '', build)).toBeUndefined();
			expect(existsSync(join(ROOT, 'public/robots.txt'))).toBe(false);
		});

		it('the index names every sitemap file built, and no Google News file when nothing is recent', () => {
			const indexed = indexedSitemaps(build).map((entry) => entry.rel);
			expect(builtFiles(build, (rel) => /^sitemap-.*\.xml$/.test(rel))).toEqual(
				['sitemap-index.xml', ...indexed].sort(),
			);
			const recent = articles.filter(
				(article) => Date.now() - article.meta.pubDate.epochMs <= TWO_DAYS,
			);
			expect(recent).toEqual([]);
			expect(indexed).toEqual(['sitemap-0.xml']);
		});

		it('lists every page built but the 404, search and text-only pages, and nothing else', () => {
			const urls = urlEntries(build, 'sitemap-0.xml').map((u) => u.loc);
			const pages = listPages(build.outDir, build.base)
				.filter(inSitemap)
				.map((page) => new URL(page.path, siteConfig.url).href);
			expect([...urls].sort()).toEqual(pages.sort());
			expect(new Set(urls).size).toBe(urls.length);
		});

		it('dates an article (each page of a live one) by its update or publication, and a listing by the newest article it shows', () => {
			const entries = urlEntries(build, 'sitemap-0.xml');
			const lastmods = new Map(entries.map((entry) => [entry.loc, entry.lastmod]));
			const laterLivePages: string[] = [];
			for (const page of listPages(build.outDir, build.base).filter(inSitemap)) {
				const loc = new URL(page.path, siteConfig.url).href;
				let expected: ArticleDate | undefined;
				const newsroomPage = newsroomPages.get(page.rel);
				// A live article's later pages (articles/<slug>/page/2/) are dated as the article.
				const laterPageOf = /^articles\/([^/]+)\/page\/\d+\//.exec(page.rel)?.[1];
				if (laterPageOf !== undefined) laterLivePages.push(page.rel);
				const slug = page.isArticle ? page.slug : laterPageOf;
				if (slug !== undefined) {
					const article = bySlug.get(slug);
					expect(article, page.rel).toBeDefined();
					expected = modified(article as Article);
				} else if (newsroomPage !== undefined) {
					// A newsroom page is dated by its own updatedDate, or not at all.
					expected = newsroomPage.updatedDate;
				} else {
					const listed = parseHtml(page)
						.querySelectorAll('main a[href]')
						.map((a) => /\/articles\/([^/]+)\/$/.exec(a.getAttribute('href') ?? '')?.[1])
						.flatMap((slug) => (slug === undefined ? [] : [bySlug.get(decodeURIComponent(slug))]))
						.filter((article): article is Article => article !== undefined);
					// An index of topics, months or people takes the newest of its edition's articles
					// (the Arabic edition's under ar/, else the site's).
					const edition = page.rel.startsWith('ar/')
						? articles.filter((article) => article.meta.lang.startsWith('ar'))
						: page.rel.startsWith('authors/')
							? articles
							: articles.filter((article) => !article.meta.lang.startsWith('ar'));
					expected = newest((listed.length > 0 ? listed : edition).map(modified));
				}
				expect(sameDate(lastmods.get(loc), expected), `${loc}: ${String(lastmods.get(loc))}`).toBe(
					true,
				);
			}
			// The live fixture article has a second page, dated above.
			expect(laterLivePages).toEqual(['articles/live-embassy-protest/page/2/index.html']);
			// W3C Datetime that the protocol's schema accepts: xsd:date, or xsd:dateTime with seconds.
			for (const lastmod of [...lastmods.values()].filter((value) => value !== undefined))
				expect(lastmod).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?Z)?$/);
		});

		it('the index dates each file by its newest lastmod', () => {
			const entries = urlEntries(build, 'sitemap-0.xml');
			const [zero] = indexedSitemaps(build);
			expect(sameDate(zero?.lastmod, newest(articles.map(modified)))).toBe(true);
			expect(entries.some((entry) => entry.lastmod === zero?.lastmod)).toBe(true);
		});
	},
);

describe('the Google News sitemap of a build made two days after an article', () => {
	// BUILD_TIME is 47 hours after the Arabic library article (2024-05-18, midnight UTC): it is in
	// the window; the budget (2024-04-10) is published but long out of it; the 2099 article is
	// still scheduled. Built under a sub-path, the strictest case for URLs.
	const buildTime = '2024-05-19T23:00:00Z';
	const now = Date.parse(buildTime);
	const build = fixtureBuild('site-news', SUB_PATH_BASE);
	const articles = publishedFixtureArticles(now);
	const recent = articles.filter((article) => now - article.meta.pubDate.epochMs <= TWO_DAYS);
	const older = articles.filter((article) => !recent.includes(article));

	beforeAll(async () => {
		const run = await runAstroBuild({
			articlesDir: build.articlesDir,
			outDir: build.outDir,
			cacheDir: build.cacheDir,
			base: build.base,
			buildTime,
		});
		if (run.code !== 0)
			throw new Error(`the build with BUILD_TIME=${buildTime} failed:\n${run.output}`);
	});

	it('has articles on both sides of the window to tell apart', () => {
		expect(recent.map((article) => article.slug)).toEqual(['city-opens-new-public-library']);
		expect(older.length).toBeGreaterThan(0);
	});

	it('is named in the index and well-formed for a strict parser', async () => {
		expect(indexedSitemaps(build).map((entry) => entry.rel)).toEqual([
			'sitemap-0.xml',
			'sitemap-news.xml',
		]);
		const files = builtFiles(build, (rel) => rel.endsWith('.xml')).map((rel) =>
			join(build.outDir, rel),
		);
		expect(await strictXmlProblems(files)).toEqual([]);
	});

	it('lists exactly the articles published in the two days before the build, with news:news', () => {
		const entries = urlEntries(build, 'sitemap-news.xml');
		expect(attr(entries[0]?.namespaces, 'xmlns:news')).toBe(
			'http://www.google.com/schemas/sitemap-news/0.9',
		);
		expect(entries.map((entry) => entry.loc)).toEqual(
			recent.map((article) => `${siteHome(build)}articles/${article.slug}/`),
		);
		for (const [index, entry] of entries.entries()) {
			const { meta } = recent[index] as Article;
			expect(unresolved(entry.loc, build)).toBeUndefined();
			const publication = child(entry.news, 'news:publication');
			expect(text(publication, 'news:name')).toBe(siteConfig.title);
			expect(text(publication, 'news:language')).toBe(meta.lang.split('-')[0]);
			expect(sameDate(text(entry.news, 'news:publication_date'), meta.pubDate)).toBe(true);
			expect(text(entry.news, 'news:title')).toBe(meta.title);
		}
		const listed = entries.map((entry) => entry.loc);
		for (const article of older)
			expect(listed).not.toContain(`${siteHome(build)}articles/${article.slug}/`);
	});
});

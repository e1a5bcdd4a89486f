import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtFiles, siteHome, unresolved } from '../helpers/build/built-urls.ts';
import { publishedFixtureArticles } from '../helpers/build/fixture-articles.ts';
import { ROOT_BUILD, SUB_PATH_BUILD } from '../helpers/shared/paths.ts';
import {
	listPages,
	normalizeSpace,
	parsePage,
	readableText,
	type SitePage,
} from '../helpers/shared/site-pages.ts';

/**
 * The text elements of a full article page's body that hold the article's words (paragraphs,
 * list items, headings, quotes, captions, table cells), whatever block they stand in; the video
 * facade and the section anchors are the page's own words, not the article's.
 */
const TEXT = 'p, li, h2, h3, h4, h5, h6, blockquote, figcaption, th, td, dt, dd, pre';

function articleText(body: HTMLElement): string[] {
	return body
		.querySelectorAll(TEXT)
		.filter((element) => !element.closest('.video-embed, .heading-anchor'))
		.map((element) => {
			const copy = element.clone() as HTMLElement;
			for (const anchor of copy.querySelectorAll('.heading-anchor')) anchor.remove();
			return readableText(copy);
		})
		.filter((text) => text !== '');
}

const gzip = (page: SitePage) => gzipSync(readFileSync(page.file)).length;

describe.each([ROOT_BUILD, SUB_PATH_BUILD])('the text-only edition built for $base', (build) => {
	const pages = listPages(build.outDir, build.base);
	const byRel = new Map(pages.map((page) => [page.rel, page]));
	const articles = pages.filter((page) => page.isArticle);
	const lite = (page: SitePage) => byRel.get(`lite/${page.rel}`);
	const home = siteHome(build);
	const published = publishedFixtureArticles()
		.map((article) => article.slug)
		.sort();

	it('has a text-only page for every published article and none for a draft or a scheduled one', () => {
		const liteSlugs = pages
			.map((page) => /^lite\/articles\/([^/]+)\/index\.html$/.exec(page.rel)?.[1])
			.filter((slug) => slug !== undefined)
			.map((slug) => decodeURIComponent(slug))
			.sort();
		expect(liteSlugs).toEqual(published);
		expect(articles.map((page) => page.slug).sort()).toEqual(published);
	});

	it('has a text-only page for every page of the front page and of every topic, and nothing else', () => {
		const listings = pages
			// Each edition's front page's and topics' pages, and a live article's further pages of updates.
			.filter(
				(page) =>
					/^(ar\/)?index\.html$/.test(page.rel) ||
					/^(ar\/)?(page|topics)\/.+/.test(page.rel) ||
					/^articles\/[^/]+\/page\/\d+\//.test(page.rel),
			)
			.filter((page) => !/^(ar\/)?topics\/index\.html$/.test(page.rel))
			.map((page) => `lite/${page.rel}`);
		expect(listings.length).toBeGreaterThan(3);
		const litePages = pages.filter((page) => page.rel.startsWith('lite/')).map((page) => page.rel);
		expect(litePages.sort()).toEqual(
			[...listings, ...articles.map((page) => `lite/${page.rel}`)].sort(),
		);
	});

	it.each(articles)('$path: its text-only page is at most half its gzip bytes', (page) => {
		const litePage = lite(page);
		expect(litePage).toBeDefined();
		if (litePage === undefined) return;
		expect(gzip(litePage)).toBeLessThanOrEqual(gzip(page) / 2);
	});

	it.each(articles)(
		'$path: its text-only page has the same headline, standfirst, byline, dates and every word of its sections',
		(page) => {
			const litePage = lite(page);
			if (litePage === undefined) throw new Error(`no text-only page for ${page.path}`);
			const full = parsePage(page);
			const text = parsePage(litePage);
			const liteArticle = text.querySelector('main article');
			expect(liteArticle).not.toBeNull();
			if (liteArticle === null) return;
			const liteText = readableText(liteArticle);
			// The headline, the standfirst, the byline and each date, as the full page shows them.
			expect(text.querySelector('h1')?.textContent).toBe(full.querySelector('h1')?.textContent);
			const header = full.querySelector('.article-header');
			for (const element of header?.querySelectorAll('.standfirst, .byline, time') ?? [])
				expect(liteText).toContain(readableText(element));
			expect(text.querySelectorAll('time').map((time) => time.getAttribute('datetime'))).toEqual(
				full
					.querySelectorAll('.article-header time, .article-body time')
					.map((time) => time.getAttribute('datetime')),
			);
			// The lead and every section: each paragraph, item, heading, quote and caption.
			const body = full.querySelector('.article-body');
			expect(body).not.toBeNull();
			const expected = articleText(body!);
			expect(expected.length).toBeGreaterThan(0);
			const missing = expected.filter((line) => !liteText.includes(line));
			expect(missing).toEqual([]);
			// The same sections, with the same ids and headings, in the same order.
			const sections = (doc: HTMLElement, selector: string) =>
				doc.querySelectorAll(selector).map((section) => {
					const id = section.getAttribute('aria-labelledby') ?? '';
					return `${id} ${normalizeSpace(section.querySelector(`[id="${id}"]`)?.textContent ?? '')}`;
				});
			const fullSections = sections(full, '.article-body > section[aria-labelledby]');
			// Every heading of the body names a section, but a live page's key events (a list of links).
			const bodyHeadings = full
				.querySelectorAll('.article-body h2[id]')
				.filter((heading) => heading.parentNode?.tagName !== 'NAV');
			expect(fullSections.length).toBe(bodyHeadings.length);
			expect(sections(text, 'main article > section[aria-labelledby]')).toEqual(fullSections);
			// The language and direction of the article.
			const html = (doc: HTMLElement) => doc.querySelector('html');
			expect(html(text)?.getAttribute('lang')).toBe(html(full)?.getAttribute('lang'));
			expect(html(text)?.getAttribute('dir')).toBe(html(full)?.getAttribute('dir'));
		},
	);

	it.each(articles)(
		'$path: its text-only page shows no image but links each to its figure on the full page',
		(page) => {
			const litePage = lite(page);
			if (litePage === undefined) throw new Error(`no text-only page for ${page.path}`);
			const full = parsePage(page);
			const text = parsePage(litePage);
			expect(text.querySelectorAll('img, picture, source, svg, video, iframe')).toEqual([]);
			const figureIds = full
				.querySelectorAll('figure[id]')
				.map((figure) => figure.id)
				.filter((id) => id.startsWith('photo.'));
			// Each image of the full page, lead image and body figures alike, has an id.
			expect(figureIds).toHaveLength(full.querySelectorAll('main picture').length);
			const links = text
				.querySelectorAll('a[href*="#photo."]')
				.map((link) => link.getAttribute('href') ?? '');
			expect(links).toEqual(figureIds.map((id) => `${page.path}?full#${id}`));
			for (const link of links) expect(unresolved(new URL(link, home).href, build)).toBeUndefined();
		},
	);

	it.each(articles)('$path and its text-only page link each other', (page) => {
		const litePage = lite(page);
		if (litePage === undefined) throw new Error(`no text-only page for ${page.path}`);
		const full = parsePage(page);
		const text = parsePage(litePage);
		const fullUrl = new URL(page.path, home).href;
		expect(text.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(fullUrl);
		expect(
			text.querySelectorAll('link[rel=alternate]').map((link) => link.getAttribute('href')),
		).toEqual([fullUrl]);
		expect(text.querySelector('.full-link a')?.getAttribute('href')).toBe(`${page.path}?full`);
		const alternates = full
			.querySelectorAll('link[rel=alternate]:not([type]):not([hreflang])')
			.map((link) => link.getAttribute('href'));
		expect(alternates).toEqual([litePage.path]);
		expect(full.querySelector('main .lite-link a')?.getAttribute('href')).toBe(litePage.path);
	});

	it('links every full front and topic page to its text-only page', () => {
		const listings = pages.filter(
			(page) =>
				/^(ar\/)?index\.html$/.test(page.rel) || /^(ar\/)?(page|topics\/[^/]+)\/.+/.test(page.rel),
		);
		expect(listings.length).toBeGreaterThan(3);
		expect(listings.map((page) => page.rel)).toContain('ar/index.html');
		for (const page of listings) {
			const target = byRel.get(`lite/${page.rel}`);
			expect(target, page.rel).toBeDefined();
			const href = parsePage(page).querySelector('main .lite-link a')?.getAttribute('href');
			expect(decodeURIComponent(href ?? '')).toBe(target?.path);
		}
	});

	describe.each(pages.filter((page) => page.rel.startsWith('lite/')))('$path', (page) => {
		const doc = parsePage(page);
		const source = readFileSync(page.file, 'utf8');

		it('makes no request but itself: no stylesheet, script, font, image, frame or icon file', () => {
			expect(doc.querySelectorAll('script, link[rel~=stylesheet], img, picture, iframe')).toEqual(
				[],
			);
			expect(
				doc.querySelectorAll('link[rel~=icon]').map((link) => link.getAttribute('href')),
			).toEqual(['data:,']);
			// The only <link>s are ones a browser does not fetch.
			expect(
				doc
					.querySelectorAll('link')
					.map((link) => link.getAttribute('rel'))
					.filter((rel) => !['canonical', 'alternate', 'icon', 'prev', 'next'].includes(rel ?? '')),
			).toEqual([]);
			expect(source).not.toMatch(/@font-face|@import|url\(/);
		});

		it('has one small inline style, which prints too', () => {
			const styles = doc.querySelectorAll('style');
			expect(styles).toHaveLength(1);
			expect(styles[0]?.textContent.length).toBeLessThan(1024);
			expect(styles[0]?.textContent).toContain('@media print');
		});

		it('links the site, and each article and topic, within the text-only edition', () => {
			const internal = doc
				.querySelectorAll('a[href]')
				.map((link) => link.getAttribute('href') ?? '')
				.filter((href) => href.startsWith('/') && !href.includes('?full'))
				.filter((href) => !href.startsWith(`${build.base}authors/`))
				// A live article's feed of updates is one file for both editions.
				.filter((href) => !href.endsWith('/updates.xml'));
			expect(internal.length).toBeGreaterThan(0);
			for (const href of internal) expect(href.startsWith(`${build.base}lite/`), href).toBe(true);
		});
	});

	it('lists the same stories on the text-only front page as on the full one, in the same order', () => {
		const slugs = (rel: string, prefix: string) => {
			const page = byRel.get(rel);
			if (page === undefined) throw new Error(`nothing built at ${rel}`);
			return parsePage(page)
				.querySelectorAll('main a[href]')
				.map((link) => link.getAttribute('href') ?? '')
				.flatMap((href) => {
					const match = new RegExp(`^${prefix}articles/([^/]+)/$`).exec(href);
					return match?.[1] === undefined ? [] : [match[1]];
				});
		};
		for (const rel of [
			'index.html',
			'page/2/index.html',
			'topics/city/index.html',
			'ar/index.html',
		]) {
			const full = slugs(rel, build.base);
			expect(full.length, rel).toBeGreaterThan(0);
			expect([...new Set(slugs(`lite/${rel}`, `${build.base}lite/`))]).toEqual([...new Set(full)]);
		}
	});

	// The search index holds exactly the full article pages: tests/build/search-index.test.ts.
	it('names no text-only page anywhere in a sitemap file', () => {
		const sitemaps = builtFiles(build, (rel) => /^sitemap-.*\.xml$/.test(rel));
		expect(sitemaps.length).toBeGreaterThan(0);
		for (const sitemap of sitemaps)
			expect(readFileSync(`${build.outDir}/${sitemap}`, 'utf8')).not.toContain('/lite/');
	});
});

describe('a right-to-left article in the text-only edition', () => {
	it('keeps its language and direction, and names the interface in its language', () => {
		const arabic = publishedFixtureArticles().find((article) => article.meta.dir === 'rtl');
		if (arabic === undefined) throw new Error('the fixture site has no right-to-left article');
		const page = listPages(ROOT_BUILD.outDir).find(
			(candidate) => candidate.rel === `lite/articles/${arabic.slug}/index.html`,
		);
		if (page === undefined) throw new Error(`no text-only page for ${arabic.slug}`);
		const doc = parsePage(page);
		expect(doc.querySelector('html')?.getAttribute('lang')).toBe(arabic.meta.lang);
		expect(doc.querySelector('html')?.getAttribute('dir')).toBe('rtl');
		expect(doc.querySelector('.full-link a')?.textContent).toBe('النسخة الكاملة مع الصور');
		// Its header and footer are its edition's, in Arabic: the Arabic text-only front, and the
		// English one named in English.
		const header = doc.querySelector('body > header');
		expect(header?.getAttribute('lang')).toBeUndefined();
		expect(header?.querySelector('p a')?.getAttribute('href')).toBe('/lite/ar/');
		expect(normalizeSpace(header?.querySelector('p')?.textContent ?? '')).toContain(
			'النسخة النصية',
		);
		const other = header?.querySelector('nav a');
		expect([other?.getAttribute('href'), other?.getAttribute('lang'), other?.textContent]).toEqual([
			'/lite/',
			'en',
			'English',
		]);
	});
});

describe("the Arabic edition's text-only front", () => {
	const pages = listPages(ROOT_BUILD.outDir);
	const byRel = new Map(pages.map((page) => [page.rel, page]));
	const arabic = new Set(
		publishedFixtureArticles()
			.filter((article) => article.meta.lang.startsWith('ar'))
			.map((article) => article.slug),
	);

	it('is in Arabic, right to left, and lists Arabic articles only, each at its text-only page', () => {
		const page = byRel.get('lite/ar/index.html');
		if (page === undefined) throw new Error('no text-only front at lite/ar/');
		const doc = parsePage(page);
		expect(doc.querySelector('html')?.getAttribute('lang')).toBe('ar');
		expect(doc.querySelector('html')?.getAttribute('dir')).toBe('rtl');
		const listed = doc
			.querySelectorAll('main a[href^="/lite/articles/"]')
			.map((link) =>
				decodeURIComponent(
					/^\/lite\/articles\/([^/]+)\/$/.exec(link.getAttribute('href') ?? '')?.[1] ?? '',
				),
			);
		expect(listed.length).toBeGreaterThan(0);
		for (const slug of listed) expect(arabic.has(slug), slug).toBe(true);
		expect(doc.querySelector('.full-link a')?.getAttribute('href')).toBe('/ar/?full');
	});

	it('has a text-only page for each of the Arabic topics, linked from the Arabic text-only articles', () => {
		const topics = pages.filter((page) => /^ar\/topics\/[^/]+\/index\.html$/.test(page.rel));
		expect(topics.length).toBeGreaterThan(0);
		for (const topic of topics) expect(byRel.get(`lite/${topic.rel}`), topic.rel).toBeDefined();
		const [slug] = [...arabic];
		const article = byRel.get(`lite/articles/${slug ?? ''}/index.html`);
		if (article === undefined)
			throw new Error(`no text-only page for ${slug ?? 'an Arabic article'}`);
		const topicLinks = parsePage(article)
			.querySelectorAll('a[href*="/topics/"]')
			.map((link) => link.getAttribute('href') ?? '');
		expect(topicLinks.length).toBeGreaterThan(0);
		for (const href of topicLinks) expect(href, href).toMatch(/^\/lite\/ar\/topics\/[^/]+\/$/);
	});
});

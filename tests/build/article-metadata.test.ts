import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter, splitFrontMatter } from '../../src/lib/article/front-matter.ts';
import type { FrontMatter } from '../../src/lib/article/front-matter-schema.ts';
import { editionOf } from '../../src/lib/site/editions/editions.ts';
import { uiStrings } from '../../src/lib/site/i18n/strings.ts';
import { articleJsonLdType } from '../../src/lib/site/metadata/json-ld.ts';
import { editions, siteConfig } from '../../src/site.config.ts';
import { absoluteSiteUrl, builtFile, unresolved } from '../helpers/build/built-urls.ts';
import { publishedFixtureArticles } from '../helpers/build/fixture-articles.ts';
import { FIXTURE_ARTICLES, ROOT, ROOT_BUILD, SUB_PATH_BUILD } from '../helpers/shared/paths.ts';
import {
	jsonLd,
	listPages,
	normalizeSpace,
	parsePage,
	readableText,
	srcsetCandidates,
} from '../helpers/shared/site-pages.ts';

/** The names of the fixture site's author files, by byline (name or id) that names them. */
const AUTHOR_NAMES = new Map([
	['Jane Doe', 'Jane Doe'],
	['jane-doe', 'Jane Doe'],
	['Sam Lee', 'Sam Lee'],
	['sam-lee', 'Sam Lee'],
]);

/** The fixture articles that translate another of the site, by the original's slug. */
function translationsOf(slug: string): { slug: string; lang: string }[] {
	return readdirSync(join(ROOT, FIXTURE_ARTICLES))
		.filter((name) => name.endsWith('.md'))
		.map((name) => name.slice(0, -'.md'.length))
		.flatMap((other) => {
			const data = frontMatter(other);
			return data.translatedFrom?.article === slug
				? [{ slug: other, lang: data.lang ?? siteConfig.defaultLang }]
				: [];
		});
}

/** The front matter of a fixture article, as its author wrote it. */
function frontMatter(slug: string): FrontMatter {
	const file = join(ROOT, FIXTURE_ARTICLES, `${slug}.md`);
	const split = splitFrontMatter(readFileSync(file, 'utf8'), file);
	if (!('yaml' in split)) throw new Error(`${file} has no front matter`);
	const { data } = parseFrontMatter(split.yaml, file);
	if (!data) throw new Error(`${file} has invalid front matter`);
	return data;
}

/** The fixture site's published articles, parsed, by slug. */
const published = new Map(publishedFixtureArticles().map((article) => [article.slug, article]));

const meta = (doc: HTMLElement, key: string) =>
	doc
		.querySelector(`head meta[property="${key}"], head meta[name="${key}"]`)
		?.getAttribute('content');

/** The files a srcset names, and their widths. */
function candidates(srcset: string): { url: string; width: number }[] {
	return srcsetCandidates(srcset).map(({ url, descriptor }) => ({
		url,
		width: Number(descriptor.replace(/w$/, '')),
	}));
}

/** The JSON-LD of the site's default image, the 1200×630 link preview at `url`. */
const defaultImageObject = (url: string | undefined) => ({
	'@type': 'ImageObject',
	url,
	contentUrl: url,
	width: 1200,
	height: 630,
});

describe.each([ROOT_BUILD, SUB_PATH_BUILD])('article metadata, base $base', (build) => {
	const articles = listPages(build.outDir, build.base).filter((page) => page.isArticle);

	it('has article pages, one with a lead image', () => {
		expect(articles.length).toBeGreaterThanOrEqual(5);
		expect(articles.some((page) => parsePage(page).querySelector('figure.lead-image'))).toBe(true);
	});

	describe.each(articles)('$path', (page) => {
		const doc = parsePage(page);
		const ld = jsonLd(doc);
		const canonical = doc.querySelector('link[rel=canonical]')?.getAttribute('href') ?? '';
		const article = doc.querySelector('main article');
		const front = frontMatter(page.slug ?? '');
		/** The images the page shows openly (a sensitive one waits behind a click), by alt text. */
		const shown = new Set(
			article
				?.querySelectorAll('img')
				.filter((img) => !img.closest('details.sensitive'))
				.map((img) => img.getAttribute('alt')),
		);

		it('has NewsArticle JSON-LD (or its type) with headline, dates, authors, publisher, language and page', () => {
			// A live article is a LiveBlogPosting (tests/build/live-coverage.test.ts checks the rest).
			expect(ld['@type']).toBe(
				front.live === undefined ? articleJsonLdType(front.type ?? 'news') : 'LiveBlogPosting',
			);
			// Compared with white space collapsed: a headline may hold U+2028, which JSON-LD keeps.
			expect(normalizeSpace(String(ld['headline']))).toBe(
				normalizeSpace(doc.querySelector('h1')?.textContent ?? ''),
			);
			expect(ld['description']).toBe(meta(doc, 'description'));
			expect(ld['datePublished']).toBe(front.pubDate);
			expect(ld['dateModified']).toBe(
				front.live === undefined
					? (front.updatedDate ?? front.pubDate)
					: published.get(page.slug ?? '')?.live?.updates[0]?.time.iso,
			);
			// A byline naming an author file (by name or id) is that author, with the page's URL.
			const authors = [front.author].flat().map((name) => AUTHOR_NAMES.get(name) ?? name);
			const byline = ld['author'] as { '@type': string; name: string; url?: string }[];
			expect(byline.map((author) => author.name)).toEqual(authors);
			for (const author of byline) expect(author['@type']).toMatch(/^(Person|Organization)$/);
			for (const author of byline.filter((entry) => entry.url !== undefined))
				expect(author.url).toMatch(new RegExp(`^https?://[^/]+${build.base}authors/[a-z0-9-]+/$`));
			expect(ld['publisher']).toMatchObject({
				'@type': 'NewsMediaOrganization',
				name: 'The Reader',
				legalName: siteConfig.publisher.legalName,
				logo: { '@type': 'ImageObject', width: 512, height: 512 },
			});
			expect(ld['inLanguage']).toBe(front.lang ?? 'en');
			expect(ld['inLanguage']).toBe(article?.getAttribute('lang'));
			expect(ld['mainEntityOfPage']).toEqual({ '@type': 'WebPage', '@id': canonical });
			expect(canonical).toBe(new URL(`${build.base}articles/${page.slug}/`, canonical).href);
			if ((front.tags ?? []).length > 0) expect(ld['keywords']).toEqual(front.tags);
		});

		it('describes the original when the article is a translation', () => {
			const original = front.translatedFrom;
			if (original === undefined) {
				expect(ld).not.toHaveProperty('translationOfWork');
				return;
			}
			if (original.article !== undefined) {
				// An original of this site: named by its page, headline and language.
				expect(ld['translationOfWork']).toMatchObject({
					'@id': new URL(`../${original.article}/`, canonical).href,
					inLanguage: original.lang,
				});
				return;
			}
			expect(ld['translationOfWork']).toEqual({
				'@type': 'CreativeWork',
				inLanguage: original.lang,
				...(original.title === undefined ? {} : { name: original.title }),
				...(original.url === undefined ? {} : { url: original.url }),
			});
		});

		it('has Open Graph tags with absolute URLs, its locale and publication times', () => {
			expect(meta(doc, 'og:type')).toBe('article');
			expect(meta(doc, 'og:title')).toBe(front.title);
			expect(meta(doc, 'og:description')).toBe(meta(doc, 'description'));
			expect(meta(doc, 'og:url')).toBe(canonical);
			expect(meta(doc, 'og:locale')).toMatch(/^[a-z]{2,3}_[A-Z]{2}$/);
			expect(meta(doc, 'og:locale')?.split('_')[0]).toBe((front.lang ?? 'en').split('-')[0]);
			expect(meta(doc, 'article:published_time')).toBe(front.pubDate);
			expect(meta(doc, 'article:modified_time')).toBe(front.updatedDate);
		});

		it("has a large-image card, og:image and JSON-LD image of the lead image, or the site's default image", async () => {
			const image = meta(doc, 'og:image');
			const listed = (ld['image'] ?? []) as Record<string, unknown>[];
			expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
			expect(meta(doc, 'twitter:image')).toBe(image);
			expect(meta(doc, 'twitter:image:alt')).toBe(meta(doc, 'og:image:alt'));
			expect(image).toMatch(/^https?:\/\/[^/]+\//);
			if (front.heroImage === undefined) {
				expect(meta(doc, 'og:image:alt')).toBe(siteConfig.defaultImage.alt);
				expect(meta(doc, 'og:image:width')).toBe('1200');
				expect(meta(doc, 'og:image:height')).toBe('630');
				const file = builtFile(image ?? '', build);
				expect(await sharp(file).metadata()).toMatchObject({ width: 1200, height: 630 });
				// JSON-LD lists the article's open body images, or else the site's default image alone.
				if (shown.size === 0) expect(listed).toEqual([defaultImageObject(image)]);
				else {
					expect(listed.length).toBeGreaterThan(0);
					expect(listed.map((entry) => entry['url'])).not.toContain(image);
				}
				return;
			}
			expect(unresolved(image ?? '', build)).toBeUndefined();
			const { width, height } = await sharp(builtFile(image ?? '', build)).metadata();
			expect(meta(doc, 'og:image:width')).toBe(String(width));
			expect(meta(doc, 'og:image:height')).toBe(String(height));
			expect(width).toBeGreaterThanOrEqual(1200);
			expect(meta(doc, 'og:image:alt')).toBe(front.heroAlt);
			// The lead image comes first in the JSON-LD list.
			expect(listed[0]).toMatchObject({ '@type': 'ImageObject', url: image, width, height });
		});

		it('lists each image it shows openly in JSON-LD, a published file of its true size, with what is known of its rights', async () => {
			const listed = (ld['image'] ?? []) as Record<string, unknown>[];
			// A page that shows no image lists the site's default one (its file checked above); else its own.
			if (shown.size === 0) {
				expect(listed).toEqual([defaultImageObject(meta(doc, 'og:image'))]);
				return;
			}
			expect(listed.length).toBeLessThanOrEqual(shown.size);
			expect(listed.length).toBeGreaterThan(0);
			for (const entry of listed) {
				expect(entry).toMatchObject({ '@type': 'ImageObject', contentUrl: entry['url'] });
				expect(unresolved(String(entry['url']), build)).toBeUndefined();
				const { width, height } = await sharp(builtFile(String(entry['url']), build)).metadata();
				expect([entry['width'], entry['height']]).toEqual([width, height]);
			}
		});

		it('shows the lead image as a responsive <picture>: AVIF, WebP, sizes, width and height, never lazy', () => {
			const figure = article?.querySelector('figure.lead-image');
			if (front.heroImage === undefined) {
				expect(figure).toBeNull();
				return;
			}
			const picture = figure?.querySelector('picture');
			const types = picture
				?.querySelectorAll('source')
				.map((source) => source.getAttribute('type'));
			expect(types).toEqual(['image/avif', 'image/webp']);
			const img = picture?.querySelector('img');
			expect(img?.getAttribute('alt')).toBe(front.heroAlt);
			expect(Number(img?.getAttribute('width'))).toBeGreaterThan(0);
			expect(Number(img?.getAttribute('height'))).toBeGreaterThan(0);
			expect(img?.getAttribute('loading')).toBe('eager');
			expect(img?.getAttribute('fetchpriority')).toBe('high');
			const sizes = img?.getAttribute('sizes');
			expect(sizes).toBeTruthy();
			for (const element of [...(picture?.querySelectorAll('source') ?? []), img]) {
				expect(element?.getAttribute('sizes')).toBe(sizes);
				const set = candidates(element?.getAttribute('srcset') ?? '');
				expect(set.length).toBeGreaterThanOrEqual(3);
				expect(set.map((c) => c.width)).toEqual([...set.map((c) => c.width)].sort((a, b) => a - b));
				for (const { url } of set)
					expect(unresolved(absoluteSiteUrl(url, build), build), url).toBeUndefined();
			}
			expect(doc.querySelectorAll('img[loading=lazy]')).toHaveLength(0);
			const caption = normalizeSpace(figure?.querySelector('figcaption')?.textContent ?? '');
			if (front.heroCaption !== undefined) expect(caption).toContain(front.heroCaption);
			if (front.heroCredit !== undefined) expect(caption).toContain(front.heroCredit);
		});

		it('links the original and the translations in other languages with hreflang, and names the page itself', () => {
			const alternates = doc
				.querySelectorAll('head link[rel=alternate][hreflang]')
				.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]);
			const original = front.translatedFrom;
			const url =
				original?.article !== undefined
					? new URL(`../${original.article}/`, canonical).href
					: original?.url;
			const versions = [
				...(url === undefined ? [] : [[original?.lang, url]]),
				...translationsOf(page.slug ?? '').map((translation) => [
					translation.lang,
					new URL(`../${translation.slug}/`, canonical).href,
				]),
			];
			if (versions.length === 0) {
				expect(alternates).toEqual([]);
				return;
			}
			expect(alternates).toEqual([[front.lang ?? 'en', canonical], ...versions]);
		});

		it('offers share links with the canonical URL, that need no script and send no referrer', () => {
			const share = article?.querySelector('section.share');
			expect(share?.getAttribute('aria-labelledby')).toBe('share-title');
			const links = share?.querySelectorAll('a') ?? [];
			expect(links.length).toBeGreaterThanOrEqual(5);
			for (const link of links) {
				const href = link.getAttribute('href') ?? '';
				expect(readableText(link)).not.toBe('');
				if (href.startsWith('mailto:')) {
					const params = new URLSearchParams(href.slice('mailto:?'.length));
					expect(params.get('subject')).toBe(front.title);
					expect(params.get('body')).toBe(canonical);
					continue;
				}
				expect(href).toMatch(/^https:\/\//);
				expect(link.getAttribute('rel')?.split(/\s+/).sort()).toEqual(['noopener', 'noreferrer']);
				const values = [...new URL(href).searchParams.values()];
				expect(
					values.some((value) => value.includes(canonical)),
					href,
				).toBe(true);
			}
		});
	});
});

describe('the Arabic article, on an English site', () => {
	const page = listPages(ROOT_BUILD.outDir).find(
		(candidate) => candidate.slug === 'city-opens-new-public-library',
	);
	if (!page) throw new Error('no page for the Arabic fixture article');
	const doc = parsePage(page);
	const article = doc.querySelector('main article');
	const ar = uiStrings('ar');

	it("is right to left in Arabic, with the Arabic edition's header and footer", () => {
		expect(article?.getAttribute('lang')).toBe('ar');
		expect(article?.getAttribute('dir')).toBe('rtl');
		for (const chrome of doc.querySelectorAll('body > header, body > footer')) {
			// In the page's language: no lang or dir of its own.
			expect(chrome.getAttribute('lang')).toBeUndefined();
			expect(chrome.getAttribute('dir')).toBeUndefined();
		}
		expect(doc.querySelector('.site-title')?.getAttribute('href')).toBe('/ar/');
		expect(doc.querySelector('.site-nav')?.getAttribute('aria-label')).toBe(ar.siteNavigation);
		// The footer's sentence about the site is the Arabic edition's, not the English one.
		const footer = normalizeSpace(doc.querySelector('body > footer')?.textContent ?? '');
		expect(footer).toContain(editionOf('ar', editions).description);
		expect(footer).not.toContain(siteConfig.description);
	});

	it('has its interface words in Arabic: contents, byline, reading time, share, topics', () => {
		expect(normalizeSpace(doc.querySelector('#toc-title')?.textContent ?? '')).toBe(
			ar.tableOfContents,
		);
		expect(normalizeSpace(doc.querySelector('.byline')?.textContent ?? '')).toMatch(
			new RegExp(`^${ar.by} `),
		);
		expect(normalizeSpace(doc.querySelector('.reading-time')?.textContent ?? '')).toBe(
			ar.readingTime(1),
		);
		expect(normalizeSpace(doc.querySelector('#share-title')?.textContent ?? '')).toBe(ar.share);
		expect(readableText(article!)).toContain(ar.topics);
		expect(readableText(article!)).not.toMatch(/\b(min read|By|In this article|Share)\b/);
		// Interface text in the page's language needs no lang attribute of its own.
		expect(article?.querySelectorAll('[lang="en"]')).toHaveLength(0);
	});

	it('writes the date in Arabic with the digits 0–9', () => {
		const time = article?.querySelector('time');
		expect(time?.getAttribute('datetime')).toBe('2024-05-18');
		expect(normalizeSpace(time?.textContent ?? '')).toBe('18 مايو 2024');
	});

	it('has a table of contents of its two sections, each with an anchor link', () => {
		const toc = doc.querySelectorAll('nav.toc a').map((link) => link.getAttribute('href'));
		const ids = doc.querySelectorAll('section.article-section h2').map((h2) => `#${h2.id}`);
		expect(ids).toHaveLength(2);
		expect(toc).toEqual(ids);
		for (const id of ids)
			expect(
				doc.querySelectorAll(`section.article-section a.heading-anchor[href="${id}"]`),
			).toHaveLength(1);
	});
});

describe('the translated article with a lead image', () => {
	const page = listPages(ROOT_BUILD.outDir).find(
		(candidate) => candidate.slug === 'riverside-market-reopens',
	);
	if (!page) throw new Error('no page for the riverside-market-reopens fixture');
	const doc = parsePage(page);
	const front = frontMatter('riverside-market-reopens');

	it('says it is translated from French and links the original by its title', () => {
		const note = doc.querySelector('.translation-note');
		expect(readableText(note!)).toContain('Translated from French');
		const link = note?.querySelector('a');
		expect(link?.getAttribute('href')).toBe(front.translatedFrom?.url);
		expect(link?.getAttribute('hreflang')).toBe('fr');
		expect(link?.getAttribute('lang')).toBe('fr');
		expect(normalizeSpace(link?.textContent ?? '')).toBe(front.translatedFrom?.title);
	});
});

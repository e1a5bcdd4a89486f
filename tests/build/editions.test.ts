import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	ROOT_BUILD,
	SEED_SLUG,
	SUB_PATH_BUILD,
	type FixtureBuild,
} from '../helpers/shared/paths.ts';
import { listPages, parsePage, readableText, type SitePage } from '../helpers/shared/site-pages.ts';

/** The Arabic original of the seed article, which the seed translates. */
const ORIGINAL = 'iqtiham-al-sifara-al-amrikiya-fi-baghdad';

/** The slugs of the fixture's Arabic-edition articles (those in `lang: ar`). */
const ARABIC = new Set([ORIGINAL, 'city-opens-new-public-library']);

function page(build: FixtureBuild, path: string): SitePage {
	const found = listPages(build.outDir, build.base).find(
		(candidate) => candidate.path === `${build.base}${path}`,
	);
	if (!found) throw new Error(`the ${build.name} build has no page at ${path}`);
	return found;
}

/** The article slugs a page links to from its main content. */
function linkedArticles(path: string, build: FixtureBuild = ROOT_BUILD): string[] {
	const main = parsePage(page(build, path)).querySelector('main');
	return (main?.querySelectorAll('a[href]') ?? []).flatMap((link) => {
		const slug = /\/articles\/([^/]+)\/$/.exec(link.getAttribute('href') ?? '')?.[1];
		return slug === undefined ? [] : [slug];
	});
}

function jsonLd(path: string): Record<string, unknown> {
	const script = parsePage(page(ROOT_BUILD, path)).querySelector(
		'script[type="application/ld+json"]',
	);
	return JSON.parse(script?.textContent ?? '{}') as Record<string, unknown>;
}

describe.each([ROOT_BUILD, SUB_PATH_BUILD])('the editions ($name build)', (build) => {
	const url = (path: string) => new URL(`${build.base}${path}`, 'https://news.example').href;

	it('serves an Arabic front at ar/, in Arabic and right to left, listing only Arabic articles', () => {
		const doc = parsePage(page(build, 'ar/'));
		const html = doc.querySelector('html');
		expect(html?.getAttribute('lang')).toBe('ar');
		expect(html?.getAttribute('dir')).toBe('rtl');
		const listed = linkedArticles('ar/', build);
		expect(listed).toContain(ORIGINAL);
		expect(listed.filter((slug) => !ARABIC.has(slug))).toEqual([]);
	});

	it('lists only English articles on the English front and its further pages', () => {
		const pages = listPages(build.outDir, build.base).filter((candidate) =>
			/^(index\.html|page\/\d+\/index\.html)$/.test(candidate.rel),
		);
		expect(pages.length).toBeGreaterThan(1);
		const listed = pages.flatMap((candidate) =>
			linkedArticles(candidate.path.slice(build.base.length), build),
		);
		expect(listed).toContain(SEED_SLUG);
		expect(listed.filter((slug) => ARABIC.has(slug))).toEqual([]);
	});

	it("offers the other edition's front in each header, named in its own language", () => {
		const english = parsePage(page(build, '')).querySelector('header nav.editions a');
		expect(english?.getAttribute('href')).toBe(`${build.base}ar/`);
		expect(english?.getAttribute('lang')).toBe('ar');
		expect(english?.text.trim()).toBe('العربية');
		const arabic = parsePage(page(build, 'ar/')).querySelector('header nav.editions a');
		expect(arabic?.getAttribute('href')).toBe(build.base);
		expect(arabic?.text.trim()).toBe('English');
	});

	it('links a translation and its original to each other, visibly and with reciprocal hreflang', () => {
		const versions = [
			{ hreflang: 'ar', href: url(`articles/${ORIGINAL}/`) },
			{ hreflang: 'en', href: url(`articles/${SEED_SLUG}/`) },
		];
		for (const slug of [SEED_SLUG, ORIGINAL]) {
			const doc = parsePage(page(build, `articles/${slug}/`));
			const alternates = doc
				.querySelectorAll('link[rel="alternate"][hreflang]')
				.map((link) => ({
					hreflang: link.getAttribute('hreflang'),
					href: link.getAttribute('href'),
				}))
				.sort((a, b) => String(a.hreflang).localeCompare(String(b.hreflang)));
			expect(alternates, slug).toEqual(versions);
		}
		const english = parsePage(page(build, `articles/${SEED_SLUG}/`));
		const toOriginal = english.querySelector(`.translation-links a[hreflang="ar"]`);
		expect(toOriginal?.getAttribute('href')).toBe(`${build.base}articles/${ORIGINAL}/`);
		expect(readableText(toOriginal!)).toBe('Read the original in Arabic');
		const arabic = parsePage(page(build, `articles/${ORIGINAL}/`));
		const toTranslation = arabic.querySelector(`.translation-links a[hreflang="en"]`);
		expect(toTranslation?.getAttribute('href')).toBe(`${build.base}articles/${SEED_SLUG}/`);
		expect(toTranslation?.getAttribute('lang')).toBe('en');
		expect(readableText(toTranslation!)).toBe('Read this in English');
	});

	it('gives the Arabic edition its own feeds, in Arabic, with only its articles', () => {
		const rss = readFileSync(join(build.outDir, 'ar/rss.xml'), 'utf8');
		expect(rss).toContain('<language>ar</language>');
		expect(rss).toContain(`/articles/${ORIGINAL}/`);
		expect(rss).not.toContain(`/articles/${SEED_SLUG}/`);
		const json = JSON.parse(readFileSync(join(build.outDir, 'ar/feed.json'), 'utf8')) as {
			language: string;
			items: { url: string }[];
		};
		expect(json.language).toBe('ar');
		expect(
			json.items.every((item) => ARABIC.has(/\/articles\/([^/]+)\//.exec(item.url)?.[1] ?? '')),
		).toBe(true);
		expect(readFileSync(join(build.outDir, 'ar/atom.xml'), 'utf8')).toContain('xml:lang="ar"');
		const english = readFileSync(join(build.outDir, 'rss.xml'), 'utf8');
		expect(english).not.toContain(`/articles/${ORIGINAL}/`);
	});

	it('gives each edition its topics, archive and search, the search index in shards of its own', () => {
		for (const path of ['ar/topics/', 'ar/archive/', 'ar/search/']) {
			expect(parsePage(page(build, path)).querySelector('html')?.getAttribute('lang')).toBe('ar');
		}
		expect(existsSync(join(build.outDir, 'ar/pagefind/0/pagefind-entry.json'))).toBe(true);
		const entry = JSON.parse(
			readFileSync(join(build.outDir, 'ar/pagefind/0/pagefind-entry.json'), 'utf8'),
		) as { languages: Record<string, { page_count: number }> };
		expect(Object.keys(entry.languages)).toEqual(['ar']);
		expect(entry.languages['ar']?.page_count).toBe(ARABIC.size);
	});

	it('lists both versions of the pair as xhtml:link alternates in the sitemap', () => {
		const sitemap = readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8');
		for (const slug of [SEED_SLUG, ORIGINAL]) {
			const entry = new RegExp(
				`<url>\\s*<loc>${url(`articles/${slug}/`)}</loc>[\\s\\S]*?</url>`,
			).exec(sitemap)?.[0];
			expect(entry, slug).toContain(
				`<xhtml:link rel="alternate" hreflang="ar" href="${url(`articles/${ORIGINAL}/`)}"/>`,
			);
			expect(entry, slug).toContain(
				`<xhtml:link rel="alternate" hreflang="en" href="${url(`articles/${SEED_SLUG}/`)}"/>`,
			);
		}
	});
});

describe('the JSON-LD of a translation and its original', () => {
	it('names the original as translationOfWork and the translation as workTranslation', () => {
		const originalUrl = `https://news.example/articles/${ORIGINAL}/`;
		const translationUrl = `https://news.example/articles/${SEED_SLUG}/`;
		expect(jsonLd(`articles/${SEED_SLUG}/`)['translationOfWork']).toMatchObject({
			'@id': originalUrl,
			inLanguage: 'ar',
		});
		expect(jsonLd(`articles/${ORIGINAL}/`)['workTranslation']).toEqual([
			expect.objectContaining({ '@id': translationUrl, inLanguage: 'en' }),
		]);
	});
});

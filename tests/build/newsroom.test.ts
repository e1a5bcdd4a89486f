import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { HTMLElement } from 'node-html-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../src/lib/site/i18n/strings.ts';
import { articleAgeYears } from '../../src/lib/site/publishing/article-age.ts';
import { siteConfig } from '../../src/site.config.ts';
import { builtFileOf, siteHome, unresolved } from '../helpers/build/built-urls.ts';
import {
	editionFixtureArticles,
	publishedFixtureArticles,
} from '../helpers/build/fixture-articles.ts';
import {
	FIXTURE_PAGE_SIZE,
	FIXTURE_TOP_STORIES,
	ROOT_BUILD,
	SUB_PATH_BUILD,
	type FixtureBuild,
} from '../helpers/shared/paths.ts';
import {
	listPages,
	normalizeSpace,
	parsePage,
	type SitePage,
} from '../helpers/shared/site-pages.ts';
import { xmlSyntaxError } from '../helpers/shared/xml-check.ts';

function page(build: FixtureBuild, path: string): HTMLElement {
	const found = listPages(build.outDir, build.base).find((candidate) => candidate.path === path);
	if (found === undefined) throw new Error(`no page built at ${path}`);
	return parsePage(found);
}

function jsonLds(doc: HTMLElement): Record<string, unknown>[] {
	return doc
		.querySelectorAll('script[type="application/ld+json"]')
		.map((script) => JSON.parse(script.textContent) as Record<string, unknown>);
}

const text = (element: HTMLElement | null | undefined) =>
	normalizeSpace(element?.textContent ?? '');

describe.each([ROOT_BUILD, SUB_PATH_BUILD])('the newsroom, base $base', (build) => {
	const base = build.base;
	const home = siteHome(build);
	const pages: SitePage[] = listPages(build.outDir, base);
	// The text-only edition makes no request but itself (so no favicon files) and leaves link
	// previews and the newsroom's links to the full page its canonical link names.
	const fullPages = pages.filter((sitePage) => !sitePage.rel.startsWith('lite/'));

	describe('authors', () => {
		it("links a byline by name or by id to the author's page, and leaves a desk's byline as text", () => {
			const bridge = page(build, `${base}articles/city-council-approves-river-bridge/`);
			const links = bridge.querySelectorAll('.byline a');
			expect(links.map((a) => [text(a), a.getAttribute('href'), a.getAttribute('rel')])).toEqual([
				['Jane Doe', `${base}authors/jane-doe/`, 'author'],
				['Sam Lee', `${base}authors/sam-lee/`, 'author'],
			]);
			// `author: sam-lee` (the id) shows the name.
			const tram = page(build, `${base}articles/tram-fares-rise-in-april/`);
			expect(text(tram.querySelector('.byline'))).toBe('By Sam Lee');
			expect(tram.querySelector('.byline a')?.getAttribute('href')).toBe(`${base}authors/sam-lee/`);
			const seed = page(build, `${base}articles/protesters-storm-us-embassy-in-baghdad/`);
			expect(text(seed.querySelector('.byline'))).toBe('By News desk');
			expect(seed.querySelector('.byline a')).toBeNull();
		});

		it("builds an author page: name, role, bio, portrait, profiles and the author's articles, newest first", () => {
			const jane = page(build, `${base}authors/jane-doe/`);
			expect(text(jane.querySelector('h1'))).toBe('Jane Doe');
			expect(text(jane.querySelector('.role'))).toBe('City and transport correspondent');
			expect(text(jane.querySelector('.bio'))).toMatch(/^Jane Doe reports on Riverton's council/);
			expect(text(jane.querySelector('.biography'))).toContain('She reported for a regional daily');
			expect(jane.querySelector('.author-profile picture img')?.getAttribute('alt')).toBe('');
			expect(jane.querySelectorAll('a[rel=me]').map((a) => a.getAttribute('href'))).toEqual([
				'https://social.example/@janedoe',
				'https://www.example.org/people/jane-doe',
			]);
			const expected = publishedFixtureArticles()
				.filter((article) =>
					article.meta.authors.some((name) => ['Jane Doe', 'jane-doe'].includes(name)),
				)
				.map((article) => `${base}articles/${article.slug}/`);
			const listed = [
				jane,
				...[2, 3].flatMap((n) => {
					const path = `${base}authors/jane-doe/${String(n)}/`;
					return pages.some((candidate) => candidate.path === path) ? [page(build, path)] : [];
				}),
			].flatMap((doc) =>
				doc.querySelectorAll('.article-list h3 a').map((a) => a.getAttribute('href')),
			);
			expect(listed).toEqual(expected);
			expect(expected.length).toBeGreaterThan(FIXTURE_PAGE_SIZE);
		});

		it('gives an author page ProfilePage JSON-LD about a Person with url, jobTitle and sameAs', () => {
			const [ld] = jsonLds(page(build, `${base}authors/jane-doe/`));
			expect(ld).toMatchObject({
				'@type': 'ProfilePage',
				mainEntity: {
					'@type': 'Person',
					name: 'Jane Doe',
					url: `${home}authors/jane-doe/`,
					jobTitle: 'City and transport correspondent',
					sameAs: ['https://social.example/@janedoe', 'https://www.example.org/people/jane-doe'],
				},
				publisher: { '@type': 'NewsMediaOrganization' },
			});
		});

		it("writes an Atom feed of the author's articles, linked from the page's head", () => {
			const head = page(build, `${base}authors/jane-doe/`).querySelector(
				'head link[rel=alternate][type="application/atom+xml"][href$="/authors/jane-doe/atom.xml"]',
			);
			expect(head?.getAttribute('href')).toBe(`${base}authors/jane-doe/atom.xml`);
			const source = readFileSync(join(build.outDir, 'authors/jane-doe/atom.xml'), 'utf8');
			expect(xmlSyntaxError(source)).toBeUndefined();
			const feed = new XMLParser({
				ignoreAttributes: true,
				isArray: (name) => name === 'entry',
			}).parse(source) as {
				feed: {
					title: string;
					entry: { id: string; author: { name: string } | { name: string }[] }[];
				};
			};
			expect(feed.feed.title).toBe('Jane Doe | The Reader');
			const ids = feed.feed.entry.map((entry) => entry.id);
			expect(ids).toContain(`${home}articles/what-the-budget-means-for-bus-riders/`);
			expect(ids).not.toContain(`${home}articles/tram-fares-rise-in-april/`);
			// The Sam Lee feed names him, though his article's byline gives his id.
			const sam = readFileSync(join(build.outDir, 'authors/sam-lee/atom.xml'), 'utf8');
			expect(sam).toContain('<name>Sam Lee</name>');
			expect(sam).not.toContain('<name>sam-lee</name>');
		});

		it('lists every author on /authors/, with role and number of articles', () => {
			const index = page(build, `${base}authors/`);
			expect(
				index
					.querySelectorAll('.author-index li > a')
					.map((a) => [text(a), a.getAttribute('href')]),
			).toEqual([
				['Jane Doe', `${base}authors/jane-doe/`],
				['Sam Lee', `${base}authors/sam-lee/`],
			]);
		});
	});

	describe("the publisher's identity", () => {
		it('gives every page a favicon set whose files are built: SVG, 32-pixel PNG and touch icon', async () => {
			for (const sitePage of fullPages) {
				const doc = parsePage(sitePage);
				const icons = doc.querySelectorAll('link[rel=icon], link[rel=apple-touch-icon]');
				expect(
					icons.map((link) => link.getAttribute('href')),
					sitePage.path,
				).toEqual([
					`${base}brand/favicon.svg`,
					`${base}brand/favicon-32.png`,
					`${base}brand/apple-touch-icon.png`,
				]);
				expect(doc.querySelector('link[rel=icon][href^="data:"]')).toBeNull();
			}
			for (const [name, size] of [
				['favicon-32.png', 32],
				['apple-touch-icon.png', 180],
				['logo.png', 512],
			] as const)
				expect(await sharp(join(build.outDir, 'brand', name)).metadata()).toMatchObject({
					format: 'png',
					width: size,
					height: size,
				});
			expect(readFileSync(join(build.outDir, 'brand/favicon.svg'), 'utf8')).toMatch(/^<svg /);
		});

		it('gives every page an og:image and twitter:image that are built', () => {
			for (const sitePage of fullPages) {
				const doc = parsePage(sitePage);
				const og = doc.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
				expect(doc.querySelector('meta[name="twitter:image"]')?.getAttribute('content')).toBe(og);
				expect(unresolved(og, build), sitePage.path).toBeUndefined();
			}
		});

		it("names the publisher on the front page with its logo and the newsroom's policy pages", () => {
			const [ld] = jsonLds(page(build, base));
			expect(ld).toEqual({
				'@context': 'https://schema.org',
				'@type': 'NewsMediaOrganization',
				name: 'The Reader',
				legalName: 'The Reader News Cooperative Ltd',
				url: home,
				logo: {
					'@type': 'ImageObject',
					url: `${home}brand/logo.png`,
					contentUrl: `${home}brand/logo.png`,
					width: 512,
					height: 512,
				},
				publishingPrinciples: `${home}about/`,
				masthead: `${home}masthead/`,
				correctionsPolicy: `${home}corrections-policy/`,
				ethicsPolicy: `${home}ethics-policy/`,
			});
			for (const url of Object.values(ld as Record<string, unknown>).filter(
				(value): value is string => typeof value === 'string' && value.startsWith(home),
			))
				expect(builtFileOf(url, build)).toHaveProperty('file');
		});

		it("links the newsroom's pages from every page's footer, in the settings' order", () => {
			for (const sitePage of fullPages) {
				const footer = parsePage(sitePage).querySelector('body > footer');
				expect(
					footer?.querySelectorAll('nav a').map((a) => a.getAttribute('href')),
					sitePage.path,
				).toEqual([
					`${base}about/`,
					`${base}masthead/`,
					`${base}corrections-policy/`,
					`${base}ethics-policy/`,
					`${base}contact/`,
				]);
				// In the language of the page's edition.
				expect(text(footer)).toContain(
					parsePage(sitePage).querySelector('html')?.getAttribute('lang') === 'ar'
						? uiStrings('ar').publishedBy('The Reader News Cooperative Ltd')
						: 'Published by The Reader News Cooperative Ltd.',
				);
			}
		});

		it('renders a newsroom page from Markdown, sanitized like an article', () => {
			const ethics = page(build, `${base}ethics-policy/`);
			expect(text(ethics.querySelector('h1'))).toBe('Ethics policy');
			expect(text(ethics.querySelector('main'))).toContain('We accept no gifts');
			expect(ethics.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
			expect(ethics.toString()).not.toContain('alert(');
			const about = page(build, `${base}about/`);
			expect(about.querySelector('footer nav a[aria-current=page]')?.getAttribute('href')).toBe(
				`${base}about/`,
			);
		});
	});

	describe('article types and the age label', () => {
		it('labels an analysis above its headline, and gives it the schema.org subtype', () => {
			const doc = page(build, `${base}articles/what-the-budget-means-for-bus-riders/`);
			const header = doc.querySelector('.article-header');
			expect(text(header?.querySelector('.article-type'))).toBe('Analysis');
			const order = header?.childNodes
				.filter((node) => 'tagName' in node)
				.map((node) => (node as HTMLElement).classList.toString() || (node as HTMLElement).tagName);
			expect(order?.indexOf('article-type')).toBeLessThan(order?.indexOf('H1') ?? -1);
			expect(jsonLds(doc)[0]?.['@type']).toBe('AnalysisNewsArticle');
			expect(
				page(build, `${base}articles/tram-fares-rise-in-april/`).querySelector('.article-type'),
			).toBeNull();
		});

		it('says above the headline how many whole years old an article is, by its last update, in its language', () => {
			for (const article of publishedFixtureArticles()) {
				const doc = page(build, `${base}articles/${article.slug}/`);
				const label = doc.querySelector('.article-header .age-label');
				const years = articleAgeYears(article.meta, Date.now(), siteConfig.timeZone);
				if (years === undefined) {
					expect(label).toBeNull();
					continue;
				}
				expect(text(label)).toBe(uiStrings(article.meta.lang).articleAge(years));
			}
			const seed = page(build, `${base}articles/protesters-storm-us-embassy-in-baghdad/`);
			expect(text(seed.querySelector('.age-label'))).toMatch(
				/^This article is more than \d+ years old$/,
			);
			const arabic = page(build, `${base}articles/city-opens-new-public-library/`);
			expect(text(arabic.querySelector('.age-label'))).toMatch(/^مضى على هذا المقال أكثر من/);
		});
	});

	describe('the front page', () => {
		const front = page(build, base);
		// The English front lists the default edition's articles (the Arabic one's, /ar/).
		const articles = editionFixtureArticles();

		it('leads with the newest article, its lead image and its standfirst', () => {
			const lead = front.querySelector('.story.lead');
			expect(lead?.querySelector('h2 a')?.getAttribute('href')).toBe(
				`${base}articles/${articles[0]?.slug ?? ''}/`,
			);
			expect(text(lead?.querySelector('.standfirst'))).toBe(
				normalizeSpace(articles[0]?.meta.description ?? ''),
			);
			const img = lead?.querySelector('picture img');
			expect(img?.getAttribute('alt')).toBe(articles[0]?.meta.hero?.alt);
			expect(img?.getAttribute('loading')).toBe('eager');
			expect(img?.getAttribute('fetchpriority')).toBe('high');
		});

		it('follows with the next top stories, then a block per configured topic with something left to show', () => {
			expect(front.querySelectorAll('.story.top h3 a').map((a) => a.getAttribute('href'))).toEqual(
				articles
					.slice(1, 1 + FIXTURE_TOP_STORIES)
					.map((article) => `${base}articles/${article.slug}/`),
			);
			// ثقافة is configured, but its only article is in the Arabic edition.
			expect(front.querySelectorAll('.topic-block h2').map((h2) => text(h2))).toEqual([
				'City',
				'Transport',
				'Iraq',
			]);
			const shown = new Set(
				articles
					.slice(0, 1 + FIXTURE_TOP_STORIES)
					.map((article) => `${base}articles/${article.slug}/`),
			);
			for (const link of front.querySelectorAll('.topic-block li a'))
				expect(shown.has(link.getAttribute('href') ?? '')).toBe(false);
		});

		it('ends with the first page of the rest of the news, linking its other pages', () => {
			expect(
				front.querySelectorAll('.more-news .article-list h3 a').map((a) => a.getAttribute('href')),
			).toEqual(
				articles
					.slice(3, 3 + FIXTURE_PAGE_SIZE)
					.map((article) => `${base}articles/${article.slug}/`),
			);
			expect(front.querySelector('head link[rel=next]')?.getAttribute('href')).toBe(
				`${base}page/2/`,
			);
			const second = page(build, `${base}page/2/`);
			expect(
				second.querySelectorAll('.article-list h2 a').map((a) => a.getAttribute('href')),
			).toEqual(
				articles
					.slice(3 + FIXTURE_PAGE_SIZE, 3 + 2 * FIXTURE_PAGE_SIZE)
					.map((article) => `${base}articles/${article.slug}/`),
			);
		});
	});
});

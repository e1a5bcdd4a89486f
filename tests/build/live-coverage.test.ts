import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { publishedFixtureArticles } from '../helpers/build/fixture-articles.ts';
import { ROOT_BUILD, SUB_PATH_BUILD, type FixtureBuild } from '../helpers/shared/paths.ts';
import {
	listPages,
	normalizeSpace,
	parsePage,
	type SitePage,
} from '../helpers/shared/site-pages.ts';

const SLUG = 'live-embassy-protest';
const updates =
	publishedFixtureArticles().find((article) => article.slug === SLUG)?.live?.updates ?? [];

/** The built pages of the live fixture article, first page first. */
function livePages(build: FixtureBuild): SitePage[] {
	return listPages(build.outDir, build.base)
		.filter((page) => page.rel.startsWith(`articles/${SLUG}/`))
		.sort((a, b) => a.path.length - b.path.length);
}

const ids = (doc: HTMLElement) =>
	doc.querySelectorAll('article.update').map((update) => update.getAttribute('id'));

describe.each([ROOT_BUILD, SUB_PATH_BUILD])('the live article (base $base)', (build) => {
	const pages = livePages(build);
	const [first, second] = pages.map(parsePage);
	const base = build.base;

	it('has 35 updates, 3 of them key events, on two pages: 30, then 5', () => {
		expect(updates).toHaveLength(35);
		expect(updates.filter((update) => update.key)).toHaveLength(3);
		expect(pages.map((page) => page.path)).toEqual([
			`${base}articles/${SLUG}/`,
			`${base}articles/${SLUG}/page/2/`,
		]);
		expect(first && ids(first)).toEqual(updates.slice(0, 30).map((update) => update.id));
		expect(second && ids(second)).toEqual(updates.slice(30).map((update) => update.id));
	});

	it('shows the summary on every page, above the updates', () => {
		for (const doc of [first, second]) {
			const body = doc?.querySelector('.article-body');
			const text = normalizeSpace(body?.text ?? '');
			expect(text.indexOf('Thousands of protesters')).toBeGreaterThanOrEqual(0);
			expect(text.indexOf('Thousands of protesters')).toBeLessThan(text.indexOf('Key events'));
		}
	});

	it('gives each update its time in the site zone, its title and a permalink to itself', () => {
		const article = first?.querySelector(`#${updates[0]?.id ?? ''}`);
		const time = article?.querySelector('time');
		expect(time?.getAttribute('datetime')).toBe('2019-12-31T17:40:00Z');
		expect(article?.querySelector('a.update-time')?.getAttribute('href')).toBe(
			`#${updates[0]?.id ?? ''}`,
		);
		const key = second?.querySelector('article.update.key');
		expect(key?.querySelector('h3')?.text).toBe('Protesters break through the outer gate');
	});

	it('lists the key events, each linking to the page that holds it', () => {
		const links = (first?.querySelectorAll('.key-events a') ?? []).map((a) =>
			a.getAttribute('href'),
		);
		expect(links).toEqual([
			`${base}articles/${SLUG}/#update-20191231T160000Z`,
			`${base}articles/${SLUG}/#update-20191231T120000Z`,
			`${base}articles/${SLUG}/page/2/#update-20191231T074000Z`,
		]);
		for (const href of links) {
			const [path = '', id = ''] = (href ?? '').split('#');
			const target = pages.findIndex((page) => page.path === path);
			expect(target).toBeGreaterThanOrEqual(0);
			expect([first, second][target]?.querySelector(`article.update[id="${id}"]`)).not.toBeNull();
		}
	});

	it('says the coverage ended and when it was last updated, with no reload link, script or refresh', () => {
		for (const doc of [first, second]) {
			const status = normalizeSpace(doc?.querySelector('.live-status')?.text ?? '');
			expect(status).toContain('This live coverage has ended.');
			expect(status).toContain('Last updated December 31, 2019 at 5:40 PM UTC');
			// Ended coverage changes no more: the status links its feed of updates, not the page to reload.
			expect(
				doc?.querySelectorAll('.live-status a').map((link) => link.getAttribute('href')),
			).toEqual([`${base}articles/${SLUG}/updates.xml`]);
			expect(doc?.querySelector('meta[http-equiv="refresh" i]')).toBeNull();
			expect(doc?.querySelectorAll('script:not([type="application/ld+json"])')).toEqual([]);
		}
	});

	it('links its Atom feed of updates for autodiscovery, from every page', () => {
		for (const doc of [first, second]) {
			const feeds = (
				doc?.querySelectorAll('head link[rel="alternate"][type="application/atom+xml"]') ?? []
			).map((link) => link.getAttribute('href'));
			expect(feeds).toContain(`${base}articles/${SLUG}/updates.xml`);
		}
	});

	it('describes the article once, on its first page', () => {
		expect(second?.querySelectorAll('script[type="application/ld+json"]')).toEqual([]);
	});

	it('describes itself as a LiveBlogPosting with every update', () => {
		const script = first?.querySelector('script[type="application/ld+json"]');
		const json = JSON.parse(script?.text ?? '{}') as Record<string, unknown>;
		expect(json).toMatchObject({
			'@type': 'LiveBlogPosting',
			coverageStartTime: '2019-12-31T09:00:00+03:00',
			coverageEndTime: '2019-12-31T23:30:00+03:00',
			dateModified: '2019-12-31T20:40:00+03:00',
		});
		const blog = json['liveBlogUpdate'] as {
			headline: string;
			datePublished: string;
			url: string;
		}[];
		expect(blog).toHaveLength(35);
		expect(blog[0]?.headline).toMatch(/^Update 35: the crowd outside/);
		expect(blog[0]).toEqual({
			'@type': 'BlogPosting',
			headline: blog[0]?.headline,
			datePublished: '2019-12-31T20:40:00+03:00',
			url: `https://news.example${base}articles/${SLUG}/#update-20191231T174000Z`,
		});
		expect(
			blog.find((entry) => entry.headline === 'Protesters break through the outer gate')?.url,
		).toBe(`https://news.example${base}articles/${SLUG}/page/2/#update-20191231T074000Z`);
	});

	it('writes an Atom feed of its 35 updates, newest first, each with its permalink', () => {
		const xml = readFileSync(join(build.outDir, `articles/${SLUG}/updates.xml`), 'utf8');
		const feed = new XMLParser({
			ignoreAttributes: false,
			isArray: (name) => name === 'entry',
		}).parse(xml) as {
			feed: { entry: { id: string; published: string; title: { '#text': string } }[] };
		};
		const entries = feed.feed.entry;
		expect(entries).toHaveLength(35);
		expect(entries.map((entry) => entry.id)).toEqual(
			updates.map(
				(update, index) =>
					`https://news.example${base}articles/${SLUG}/${index >= 30 ? 'page/2/' : ''}#${update.id}`,
			),
		);
		expect(entries[0]?.published).toBe('2019-12-31T17:40:00Z');
	});
});

describe('permalinks', () => {
	it('are the same in every build: each is the update’s own time, in UTC', () => {
		const root = livePages(ROOT_BUILD).map(parsePage).flatMap(ids);
		const sub = livePages(SUB_PATH_BUILD).map(parsePage).flatMap(ids);
		expect(root).toEqual(sub);
		expect(root).toEqual(
			updates.map(
				(update) =>
					`update-${new Date(update.time.epochMs).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`,
			),
		);
	});
});

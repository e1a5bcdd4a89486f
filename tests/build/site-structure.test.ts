import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/pipeline/parse-article.ts';
import type { Article } from '../../src/lib/article/article-schema.ts';
import { calendarDay } from '../../src/lib/core/dates.ts';
import { holdBack } from '../../src/lib/site/publishing/publishing.ts';
import { relatedArticles, topicSlug } from '../../src/lib/site/listings/topics.ts';
import { editionOf } from '../../src/lib/site/editions/editions.ts';
import { articleParseOptions, editions, siteConfig } from '../../src/site.config.ts';
import {
	FIXTURE_ARTICLES,
	FIXTURE_PAGE_SIZE,
	FIXTURE_TOP_STORIES,
	ROOT,
	ROOT_BUILD,
	SUB_PATH_BUILD,
	type FixtureBuild,
} from '../helpers/shared/paths.ts';
import { normalizeSpace } from '../helpers/shared/site-pages.ts';

// What the build should have published, read from the fixture files themselves: no draft,
// nothing scheduled, newest first (ties by slug), as the site orders them.
const everyPublished: Article[] = readdirSync(join(ROOT, FIXTURE_ARTICLES))
	.filter((name) => name.endsWith('.md'))
	.map((name) => {
		const file = join(ROOT, FIXTURE_ARTICLES, name);
		return parseArticle(readFileSync(file, 'utf8'), file, articleParseOptions);
	})
	.filter((article) => holdBack(article.meta, Date.now()) === undefined)
	.sort((a, b) => b.meta.pubDate.epochMs - a.meta.pubDate.epochMs || a.slug.localeCompare(b.slug));
/** The edition of an article. */
const editionOfArticle = (article: Article) => editionOf(article.meta.lang, editions);
// The default (English) edition's articles: what its front page, topics and archive list (the
// Arabic edition's are checked in editions.test.ts).
const published = everyPublished.filter((article) => editionOfArticle(article) === editions[0]);
const slugs = (articles: readonly Article[]) => articles.map((article) => article.slug);

/** The built page served at `path` (base included), parsed; undefined when there is none. */
function page(build: FixtureBuild, path: string): HTMLElement | undefined {
	expect(path.startsWith(build.base), `${path} is under ${build.base}`).toBe(true);
	const rest = decodeURIComponent(path.slice(build.base.length));
	const file = rest.endsWith('.html')
		? join(build.outDir, rest)
		: join(build.outDir, rest, 'index.html');
	return existsSync(file) ? parse(readFileSync(file, 'utf8')) : undefined;
}

function mustPage(build: FixtureBuild, path: string): HTMLElement {
	const doc = page(build, path);
	if (!doc) throw new Error(`no page is built at ${path}`);
	return doc;
}

/** The slugs a listing page links to, in order, from its article summaries. */
function listed(doc: HTMLElement): string[] {
	return doc
		.querySelectorAll('main .article-summary .headline a')
		.map((link) => /\/articles\/([^/]+)\/$/.exec(link.getAttribute('href') ?? '')?.[1] ?? '?');
}

/**
 * Walks a paginated listing from its first page by its "next" links, checking each page's
 * size, previous link, current-page mark and head links; returns every slug in order.
 */
function walkListing(build: FixtureBuild, first: string): { slugs: string[]; pages: string[] } {
	const all: string[] = [];
	const pages: string[] = [];
	let path: string | undefined = first;
	let previous: string | undefined;
	while (path !== undefined) {
		expect(pages, `the listing loops back to ${path}`).not.toContain(path);
		pages.push(path);
		const doc = mustPage(build, path);
		const items = listed(doc);
		all.push(...items);
		expect(items.length).toBeGreaterThan(0);
		expect(items.length).toBeLessThanOrEqual(FIXTURE_PAGE_SIZE);
		const nav = doc.querySelector('nav.pagination');
		const next = nav?.querySelector('a[rel=next]')?.getAttribute('href');
		const prev = nav?.querySelector('a[rel=prev]')?.getAttribute('href');
		if (next !== undefined) expect(items).toHaveLength(FIXTURE_PAGE_SIZE);
		expect(prev).toBe(previous);
		expect(doc.querySelector('head link[rel=prev]')?.getAttribute('href')).toBe(prev);
		expect(doc.querySelector('head link[rel=next]')?.getAttribute('href')).toBe(next);
		if (nav) {
			expect(nav.getAttribute('aria-label')).toBeTruthy();
			const current = nav.querySelectorAll('a[aria-current=page]');
			expect(current.map((link) => link.getAttribute('href'))).toEqual([path]);
			expect(current[0]?.textContent.trim()).toBe(String(pages.length));
		}
		previous = path;
		path = next;
	}
	return { slugs: all, pages };
}

/** The expected topics: slug → the name of the newest article's tag and its articles, newest first. */
function expectedTopics(): Map<string, { name: string; articles: Article[] }> {
	const topics = new Map<string, { name: string; articles: Article[] }>();
	for (const article of published) {
		for (const tag of article.meta.tags) {
			const slug = topicSlug(tag);
			const topic = topics.get(slug) ?? { name: tag, articles: [] };
			if (!topic.articles.includes(article)) topic.articles.push(article);
			topics.set(slug, topic);
		}
	}
	return topics;
}

const topicHref = (build: FixtureBuild, slug: string, root = '/') =>
	`${build.base}${root.slice(1)}topics/${encodeURIComponent(slug)}/`;

describe('the fixture site', () => {
	it('has enough articles for listings of several pages', () => {
		expect(published.length).toBeGreaterThan(FIXTURE_PAGE_SIZE * 2);
		expect(expectedTopics().size).toBeGreaterThan(3);
	});
});

describe.each([ROOT_BUILD, SUB_PATH_BUILD])('the site built for base $base', (build) => {
	it('lists every published article on the home pages, newest first: the front page’s lead and top stories, then page by page', () => {
		const front = mustPage(build, build.base)
			.querySelectorAll('main .story .headline a')
			.map((link) => /\/articles\/([^/]+)\/$/.exec(link.getAttribute('href') ?? '')?.[1] ?? '?');
		expect(front).toHaveLength(1 + FIXTURE_TOP_STORIES);
		const { slugs: seen, pages } = walkListing(build, build.base);
		expect([...front, ...seen]).toEqual(slugs(published));
		expect(pages).toHaveLength(Math.ceil((published.length - front.length) / FIXTURE_PAGE_SIZE));
		expect(pages.slice(1)).toEqual(pages.slice(1).map((_, i) => `${build.base}page/${i + 2}/`));
		expect(page(build, `${build.base}page/1/`)).toBeUndefined();
		expect(page(build, `${build.base}page/${pages.length + 1}/`)).toBeUndefined();
	});

	it('has a page per topic listing exactly its articles, newest first', () => {
		const topics = expectedTopics();
		const built = readdirSync(join(build.outDir, 'topics'), { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => entry.name);
		expect(built.sort()).toEqual([...topics.keys()].sort());
		for (const [slug, topic] of topics) {
			const { slugs: seen, pages } = walkListing(build, topicHref(build, slug));
			expect(seen, `topic ${slug}`).toEqual(slugs(topic.articles));
			expect(pages.slice(1)).toEqual(
				pages.slice(1).map((_, i) => `${topicHref(build, slug)}${i + 2}/`),
			);
			expect(normalizeSpace(mustPage(build, pages[0]!).querySelector('h1')!.textContent)).toBe(
				normalizeSpace(topic.name),
			);
		}
		const paged = [...topics.values()].filter((t) => t.articles.length > FIXTURE_PAGE_SIZE);
		expect(paged.length, 'some topic spans several pages').toBeGreaterThan(0);
	});

	it('has a topics index linking every topic with its article count', () => {
		const doc = mustPage(build, `${build.base}topics/`);
		const entries = doc.querySelectorAll('main li').map((item) => ({
			href: item.querySelector('a')?.getAttribute('href'),
			name: normalizeSpace(item.querySelector('a')?.textContent ?? ''),
			count: normalizeSpace(item.querySelector('.count')?.textContent ?? ''),
		}));
		const topics = expectedTopics();
		expect(entries).toHaveLength(topics.size);
		for (const [slug, topic] of topics) {
			const n = topic.articles.length;
			expect(entries).toContainEqual({
				href: topicHref(build, slug),
				name: normalizeSpace(topic.name),
				count: n === 1 ? '1 article' : `${n} articles`,
			});
		}
	});

	it('has an archive by year and month, each month listing its articles newest first', () => {
		const months = new Map<string, Article[]>();
		for (const article of published) {
			const { year, month } = calendarDay(article.meta.pubDate, siteConfig.timeZone);
			const key = `${year}/${String(month).padStart(2, '0')}`;
			months.set(key, [...(months.get(key) ?? []), article]);
		}
		const years = new Set([...months.keys()].map((key) => key.slice(0, 4)));

		const index = mustPage(build, `${build.base}archive/`);
		const yearLinks = index.querySelectorAll('main h2 a').map((a) => a.getAttribute('href'));
		expect(yearLinks).toEqual(
			[...years]
				.sort()
				.reverse()
				.map((year) => `${build.base}archive/${year}/`),
		);
		const monthLinks = index.querySelectorAll('main li a').map((a) => a.getAttribute('href'));
		expect(monthLinks).toEqual(
			[...months.keys()]
				.sort()
				.reverse()
				.map((key) => `${build.base}archive/${key}/`),
		);
		for (const item of index.querySelectorAll('main li')) {
			const key = /archive\/(\d{4}\/\d{2})\/$/.exec(
				item.querySelector('a')!.getAttribute('href')!,
			)![1]!;
			const n = months.get(key)!.length;
			expect(normalizeSpace(item.querySelector('.count')!.textContent)).toBe(
				n === 1 ? '1 article' : `${n} articles`,
			);
		}

		for (const [key, articles] of months) {
			expect(walkListing(build, `${build.base}archive/${key}/`).slugs, key).toEqual(
				slugs(articles),
			);
		}
		for (const year of years) {
			const doc = mustPage(build, `${build.base}archive/${year}/`);
			const inYear = [...months.entries()]
				.filter(([key]) => key.startsWith(year))
				.sort(([a], [b]) => b.localeCompare(a))
				.flatMap(([, articles]) => slugs(articles));
			const linked = doc
				.querySelectorAll('main .headline-list a')
				.map((a) => /\/articles\/([^/]+)\/$/.exec(a.getAttribute('href') ?? '')?.[1]);
			expect(linked, year).toEqual(inYear);
		}
	});

	it.each(everyPublished.map((article) => [article.slug, article] as const))(
		"article %s links its edition's topics and lists related coverage of its edition sharing them",
		(slug, article) => {
			const edition = editionOfArticle(article);
			const doc = mustPage(build, `${build.base}articles/${slug}/`);
			const topicLinks = doc.querySelectorAll('.topic-list a').map((a) => a.getAttribute('href'));
			expect(topicLinks).toEqual(
				article.meta.tags.map((tag) => topicHref(build, topicSlug(tag), edition.root)),
			);
			for (const href of topicLinks) expect(page(build, href!), href).toBeDefined();

			const own = everyPublished.filter((other) => editionOfArticle(other) === edition);
			const expected = relatedArticles(article, own, siteConfig.relatedArticleCount);
			const items = doc.querySelectorAll('.related li').map((item) => ({
				href: item.querySelector('a')?.getAttribute('href'),
				title: normalizeSpace(item.querySelector('a')?.textContent ?? ''),
				datetime: item.querySelector('time')?.getAttribute('datetime'),
			}));
			expect(items).toEqual(
				expected.map((other) => ({
					href: `${build.base}articles/${other.slug}/`,
					// Titles may hold U+2028 and friends; the page's text is compared collapsed.
					title: normalizeSpace(other.meta.title),
					datetime: other.meta.pubDate.iso,
				})),
			);
			for (const other of expected) {
				const shared = other.meta.tags.map(topicSlug);
				expect(article.meta.tags.map(topicSlug).some((t) => shared.includes(t))).toBe(true);
			}
		},
	);

	it('shows the site navigation in every page header, the current page marked', () => {
		const targets = siteConfig.navigation.map((item) => `${build.base}${item.path.slice(1)}`);
		for (const [path, current] of [
			[build.base, build.base],
			[`${build.base}topics/`, `${build.base}topics/`],
			[`${build.base}archive/`, `${build.base}archive/`],
			[`${build.base}search/`, `${build.base}search/`],
			[`${build.base}articles/${published[0]!.slug}/`, undefined],
			[`${build.base}404.html`, undefined],
		] as const) {
			const nav = mustPage(build, path).querySelector('header nav[aria-label]');
			expect(nav?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(targets);
			expect(nav?.querySelector('a[aria-current=page]')?.getAttribute('href')).toBe(current);
		}
	});

	it('gives the 404 page links to the latest articles, the topics and the archive', () => {
		const links = mustPage(build, `${build.base}404.html`)
			.querySelectorAll('main a')
			.map((a) => a.getAttribute('href'));
		expect(links).toEqual([build.base, `${build.base}topics/`, `${build.base}archive/`]);
	});

	it('links every listing entry to a page that exists', () => {
		const listings = [build.base, `${build.base}topics/`, `${build.base}archive/`];
		for (const path of listings) {
			for (const link of mustPage(build, path).querySelectorAll('main a')) {
				const href = link.getAttribute('href')!;
				expect(page(build, href), `${href} from ${path}`).toBeDefined();
			}
		}
	});
});

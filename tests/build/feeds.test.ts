import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import type { Article, Part } from '../../src/lib/article/article-schema.ts';
import { toHtml } from 'hast-util-to-html';
import { feedBlock } from '../../src/lib/site/feeds/feed-block.ts';
import { uiStrings } from '../../src/lib/site/i18n/strings.ts';
import { FEED_FORMATS, FEED_LIMITS, type FeedFormat } from '../../src/lib/site/feeds/feed.ts';
import { articlesByAuthor, bylineResolver } from '../../src/lib/site/listings/authors.ts';
import { collectTopics, type Topic } from '../../src/lib/site/listings/topics.ts';
import { siteConfig } from '../../src/site.config.ts';
import { builtFiles, unresolved, builtFilesNamed, siteHome } from '../helpers/build/built-urls.ts';
import {
	editionFixtureArticles,
	fixtureAuthors,
	publishedFixtureArticles,
} from '../helpers/build/fixture-articles.ts';
import { ROOT_BUILD, SUB_PATH_BUILD, type FixtureBuild } from '../helpers/shared/paths.ts';
import { listPages, normalizeSpace, parsePage } from '../helpers/shared/site-pages.ts';
import {
	attr,
	child,
	children,
	optionalText,
	text,
	texts,
	type Tree,
} from '../helpers/shared/parsed-tree.ts';
import { strictXmlProblems, xmlSyntaxError } from '../helpers/shared/xml-check.ts';

// The site's feeds and its topics' are the default (English) edition's; the Arabic edition's
// are checked in editions.test.ts. An author's feed lists their articles in every language.
const articles = editionFixtureArticles();
const everyArticle = publishedFixtureArticles();
const topics = collectTopics(articles, siteConfig.defaultLang);
const authors = fixtureAuthors();
// A byline that names an author file (by name or id) is given with the author's name.
const authorOf = bylineResolver(authors);
const bylineNames = (names: readonly string[]) => names.map((name) => authorOf(name)?.name ?? name);
const FEED_FILES = FEED_FORMATS.map((entry) => entry.file);

/** A feed of any format, read into one shape; a missing required element throws. */
interface ReadFeed {
	selfUrl: string;
	pageUrl: string;
	lang: string | undefined;
	items: {
		id: string;
		url: string;
		title: string;
		summary: string | undefined;
		content: string;
		published: number;
		updated: number | undefined;
		authors: string[];
		categories: string[];
		lang: string | undefined;
	}[];
}

const xml = new XMLParser({
	ignoreAttributes: false,
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: false,
	isArray: (name) =>
		['item', 'entry', 'author', 'category', 'dc:creator', 'link', 'atom:link'].includes(name),
});

function link(links: readonly Tree[], rel: string, what: string): string {
	const href = attr(
		links.find((candidate) => attr(candidate, 'rel') === rel),
		'href',
	);
	if (href === undefined) throw new Error(`the feed has no ${what}`);
	return href;
}

function readRss(source: string): ReadFeed {
	const rss = child(xml.parse(source), 'rss');
	expect(attr(rss, 'version')).toBe('2.0');
	const channel = child(rss, 'channel');
	text(channel, 'title');
	text(channel, 'description');
	return {
		selfUrl: link(children(channel, 'atom:link'), 'self', 'atom:link rel=self'),
		pageUrl: texts(channel, 'link')[0] ?? '',
		lang: optionalText(channel, 'language'),
		items: children(channel, 'item').map((item) => ({
			id: text(item, 'guid'),
			url: texts(item, 'link')[0] ?? '',
			title: text(item, 'title'),
			summary: optionalText(item, 'description'),
			content: text(item, 'content:encoded'),
			published: Date.parse(text(item, 'pubDate')),
			updated: undefined,
			authors: texts(item, 'dc:creator'),
			categories: texts(item, 'category'),
			lang: undefined,
		})),
	};
}

function readAtom(source: string): ReadFeed {
	const feed = child(xml.parse(source), 'feed');
	expect(attr(feed, 'xmlns')).toBe('http://www.w3.org/2005/Atom');
	text(feed, 'id');
	text(feed, 'title');
	expect(Number.isNaN(Date.parse(text(feed, 'updated')))).toBe(false);
	const links = children(feed, 'link');
	return {
		selfUrl: link(links, 'self', 'self link'),
		pageUrl: link(links, 'alternate', 'alternate link'),
		lang: attr(feed, 'xml:lang'),
		items: children(feed, 'entry').map((entry) => {
			const authors = children(entry, 'author');
			expect(authors.length).toBeGreaterThan(0);
			return {
				id: text(entry, 'id'),
				url: link(children(entry, 'link'), 'alternate', 'entry link'),
				title: text(entry, 'title'),
				summary: optionalText(entry, 'summary'),
				content: text(entry, 'content'),
				published: Date.parse(text(entry, 'published')),
				updated: Date.parse(text(entry, 'updated')),
				authors: authors.map((author) => text(author, 'name')),
				categories: children(entry, 'category').map((category) => attr(category, 'term') ?? ''),
				lang: attr(entry, 'xml:lang'),
			};
		}),
	};
}

function readJson(source: string): ReadFeed {
	const feed = JSON.parse(source) as Tree;
	expect(feed['version']).toBe('https://jsonfeed.org/version/1.1');
	text(feed, 'title');
	expect(Array.isArray(feed['items'])).toBe(true);
	return {
		selfUrl: text(feed, 'feed_url'),
		pageUrl: text(feed, 'home_page_url'),
		lang: optionalText(feed, 'language'),
		items: children(feed, 'items').map((item) => ({
			id: text(item, 'id'),
			url: text(item, 'url'),
			title: text(item, 'title'),
			summary: optionalText(item, 'summary'),
			content: text(item, 'content_html'),
			published: Date.parse(text(item, 'date_published')),
			updated: Date.parse(text(item, 'date_modified')),
			authors: children(item, 'authors').map((author) => text(author, 'name')),
			categories: texts(item, 'tags'),
			lang: optionalText(item, 'language'),
		})),
	};
}

const READERS: Record<FeedFormat, (text: string) => ReadFeed> = {
	rss: readRss,
	atom: readAtom,
	json: readJson,
};

/** The text a reader sees in an HTML fragment, entities decoded, whitespace collapsed. */
function textOf(html: string): string {
	return normalizeSpace(parse(html).text);
}

function expectedFeeds(build: FixtureBuild) {
	const home = siteHome(build);
	const site = { rel: '', pageUrl: home, articles: articles.slice(0, FEED_LIMITS.site) };
	const perTopic = topics.map((topic: Topic) => ({
		rel: `topics/${topic.slug}/`,
		pageUrl: new URL(`topics/${encodeURIComponent(topic.slug)}/`, home).href,
		articles: topic.articles
			.slice(0, FEED_LIMITS.topic)
			.map((slug) => articles.find((article) => article.slug === slug) as Article),
	}));
	const byAuthor = articlesByAuthor(everyArticle, authors);
	// An author's feed is Atom only.
	const perAuthor = authors.map((author) => ({
		rel: `authors/${author.id}/`,
		pageUrl: new URL(`authors/${author.id}/`, home).href,
		articles: (byAuthor.get(author.id) ?? []).slice(0, FEED_LIMITS.author),
		format: 'atom' as const,
		file: `authors/${author.id}/atom.xml`,
	}));
	return [
		...[site, ...perTopic].flatMap((feed) =>
			FEED_FORMATS.map(({ format, file }) => ({ ...feed, format, file: `${feed.rel}${file}` })),
		),
		...perAuthor,
	];
}

describe('the fixture articles the feeds are checked against', () => {
	it('are the published ones only', () => {
		const slugs = articles.map((article) => article.slug);
		expect(slugs.length).toBeGreaterThan(2);
		expect(slugs).not.toContain('council-budget-draft');
		expect(slugs).not.toContain('bridge-opening-scheduled');
		// The Arabic article's topic is the Arabic edition's (editions.test.ts checks its feeds).
		expect(topics.map((topic) => topic.slug)).not.toContain('ثقافة');
		expect(everyArticle.some((article) => article.meta.tags.includes('ثقافة'))).toBe(true);
	});
});

describe('every XML file of both builds', () => {
	it('is well-formed for a strict XML 1.0 parser (the JDK’s)', async () => {
		const files = [ROOT_BUILD, SUB_PATH_BUILD].flatMap((build) =>
			builtFiles(build, (rel) => rel.endsWith('.xml')).map((rel) => join(build.outDir, rel)),
		);
		// Two feeds a topic and two at the site root, plus two sitemap files, in each build.
		expect(files.length).toBeGreaterThanOrEqual(2 * (2 + 2 * topics.length + 2));
		expect(await strictXmlProblems(files)).toEqual([]);
	});
});

describe.each([ROOT_BUILD, SUB_PATH_BUILD])('feeds of the site built for base $base', (build) => {
	const feeds = expectedFeeds(build);

	it('are the site’s three, three per topic and an Atom feed per author, and nothing else', () => {
		// Besides the Arabic edition's, under ar/ (checked in editions.test.ts).
		const built = builtFilesNamed(build, FEED_FILES);
		expect(built.filter((file) => !file.startsWith('ar/'))).toEqual(
			feeds.map((feed) => feed.file).sort(),
		);
		expect(built).toEqual(expect.arrayContaining(['ar/rss.xml', 'ar/atom.xml', 'ar/feed.json']));
	});

	describe.each(feeds)('$file', (feed) => {
		const source = readFileSync(join(build.outDir, feed.file), 'utf8');
		const read = READERS[feed.format](source);

		if (feed.format !== 'json') {
			it('is well-formed XML', () => {
				expect(xmlSyntaxError(source)).toBeUndefined();
			});
		}

		it('names itself and its page by absolute URLs that resolve to built files', () => {
			expect(read.selfUrl).toBe(new URL(feed.file, siteHome(build)).href);
			expect(unresolved(read.selfUrl, build)).toBeUndefined();
			expect(read.pageUrl).toBe(feed.pageUrl);
			expect(unresolved(read.pageUrl, build)).toBeUndefined();
			expect(read.lang).toBe(siteConfig.defaultLang);
		});

		it('lists the published articles it should, newest first', () => {
			expect(read.items.map((item) => item.url)).toEqual(
				feed.articles.map((article) => new URL(`articles/${article.slug}/`, siteHome(build)).href),
			);
		});

		it('gives each item the article’s id, title, summary, dates, authors, topics and language', () => {
			for (const [index, item] of read.items.entries()) {
				const { meta } = feed.articles[index] as Article;
				expect(unresolved(item.url, build)).toBeUndefined();
				expect(item.id).toBe(item.url);
				expect(item.title).toBe(meta.title);
				expect(item.summary).toBe(meta.description);
				expect(item.published).toBe(meta.pubDate.epochMs);
				if (item.updated !== undefined)
					expect(item.updated).toBe((meta.updatedDate ?? meta.pubDate).epochMs);
				expect(item.authors).toEqual(bylineNames(meta.authors));
				expect(item.categories).toEqual(meta.tags);
				if (feed.format !== 'rss')
					expect(item.lang).toBe(meta.lang === siteConfig.defaultLang ? undefined : meta.lang);
			}
		});

		it('carries each article’s full text: lead, section headings and sections', () => {
			for (const [index, item] of read.items.entries()) {
				const article = feed.articles[index] as Article;
				const content = textOf(item.content);
				// A block shows as its plain rendering (feedBlock), with the options the feeds pass: the
				// site's time zone, and every body image published (its text is its caption and credit).
				const blockOptions = {
					strings: uiStrings(article.meta.lang),
					videoPlayerUrl: siteConfig.videoPlayerUrl,
					timeZone: siteConfig.timeZone,
					image: () => ({ url: 'https://news.example/_astro/any.jpg', width: 1, height: 1 }),
				};
				const partsIn = (parts: readonly Part[]) => {
					for (const part of parts)
						expect(content).toContain(
							textOf(part.kind === 'html' ? part.html : toHtml(feedBlock(part, blockOptions))),
						);
				};
				partsIn(article.lead.parts);
				for (const section of article.sections) {
					expect(item.content).toContain(`<h2>${section.title}</h2>`);
					partsIn(section.parts);
				}
				if (article.meta.dir === 'rtl')
					expect(item.content).toMatch(new RegExp(`^<div lang="${article.meta.lang}" dir="rtl">`));
			}
		});

		it('has no relative URL in any content, and its own links resolve to built files', () => {
			for (const item of read.items) {
				const doc = parse(item.content);
				for (const element of doc.querySelectorAll('[href], [src], [cite]')) {
					for (const name of ['href', 'src', 'cite']) {
						const value = element.getAttribute(name);
						if (value === undefined) continue;
						expect(value, `${name} in ${item.url}`).toMatch(/^(https?:\/\/|mailto:)/);
						if (value.startsWith(siteConfig.url))
							expect(unresolved(value, build), value).toBeUndefined();
					}
				}
			}
		});
	});
});

describe.each([ROOT_BUILD, SUB_PATH_BUILD])('figures in the feeds at base $base', (build) => {
	const en = uiStrings('en');
	const slug = 'flood-wall-holds-as-river-peaks';

	it.each(FEED_FORMATS)(
		'$file credits a figure as its page does: the image file’s credit (IPTC) where the article gives none',
		({ format, file }) => {
			const read = READERS[format](readFileSync(join(build.outDir, file), 'utf8'));
			const item = read.items.find((entry) => entry.url.endsWith(`/articles/${slug}/`));
			const captions = parse(item?.content ?? '')
				.querySelectorAll('figcaption')
				.map((caption) => normalizeSpace(caption.text));
			expect(captions).toEqual([
				`Volunteers on the quay on Monday evening, before the wall went up. ${en.imageCredit('Tomás Ferreira/Riverton Herald')}`,
				`The market opened on time on Tuesday. ${en.imageCredit('Marie Laurent')}`,
				`Sandbags for the houses upstream. ${en.imageCredit('Tomás Ferreira/Riverton Herald')}`,
			]);
		},
	);
});

describe.each([ROOT_BUILD, SUB_PATH_BUILD])('feed autodiscovery at base $base', (build) => {
	// Text-only pages link no feed: their one alternate is their full page (lite-edition.test.ts),
	// which names it as canonical and carries the feeds.
	const pages = listPages(build.outDir, build.base).filter((page) => !page.rel.startsWith('lite/'));
	const topicPage = new RegExp(`^${build.base}(?:ar/)?topics/([^/]+)/(\\d+/)?$`);
	const authorPage = new RegExp(`^${build.base}authors/([^/]+)/(\\d+/)?$`);
	const articlePage = new RegExp(`^${build.base}articles/([^/]+)/(page/\\d+/)?$`);
	const liveSlugs = new Set(everyArticle.filter((article) => article.live).map(({ slug }) => slug));

	it.each(pages)(
		'$path links the site’s feeds (and a topic or author page its own) by paths that resolve',
		(page) => {
			const links = parsePage(page)
				.querySelectorAll('head link[rel=alternate]')
				.filter((link) => FEED_FORMATS.some(({ type }) => link.getAttribute('type') === type));
			const hrefs = links.map((link) => link.getAttribute('href') ?? '');
			const topic = topicPage.exec(page.path)?.[1];
			const author = authorPage.exec(page.path)?.[1];
			// A page of the Arabic edition (in Arabic) links the Arabic edition's feeds.
			const lang = parsePage(page).querySelector('html')?.getAttribute('lang');
			const root = `${build.base}${lang === 'ar' ? 'ar/' : ''}`;
			const expected = [
				...FEED_FORMATS.map(({ file }) => `${root}${file}`),
				...(topic === undefined
					? []
					: FEED_FORMATS.map(({ file }) => `${root}topics/${encodeURIComponent(topic)}/${file}`)),
				...(author === undefined ? [] : [`${build.base}authors/${author}/atom.xml`]),
				// A live article's pages link its feed of updates.
				...(liveSlugs.has(articlePage.exec(page.path)?.[1] ?? '')
					? [`${build.base}articles/${articlePage.exec(page.path)?.[1] ?? ''}/updates.xml`]
					: []),
			];
			expect(hrefs).toEqual(expected);
			for (const link of links) {
				expect(link.getAttribute('title')).toMatch(/\((RSS|Atom|JSON Feed)\)$/);
				const url = new URL(link.getAttribute('href') ?? '', siteConfig.url).href;
				expect(unresolved(url, build)).toBeUndefined();
			}
		},
	);
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/lib/article/schema.ts';
import { FEED_FORMATS, FEED_LIMITS, type FeedFormat } from '../../src/lib/site/feed.ts';
import { collectTopics, type Topic } from '../../src/lib/site/topics.ts';
import { siteConfig } from '../../src/site.config.ts';
import { builtFileOf, builtFiles, builtFilesNamed, siteHome } from '../helpers/built-urls.ts';
import { publishedFixtureArticles } from '../helpers/fixture-articles.ts';
import { ROOT_BUILD, SUB_PATH_BUILD, type FixtureBuild } from '../helpers/paths.ts';
import { normalizeSpace } from '../helpers/site-pages.ts';
import { strictXmlProblems } from '../helpers/xml-check.ts';

const articles = publishedFixtureArticles();
const topics = collectTopics(articles, siteConfig.defaultLang);
const FEED_FILES = FEED_FORMATS.map((entry) => entry.file);

/** A feed of any format, read into one shape; a missing required element throws. */
interface ReadFeed {
	selfUrl: string;
	pageUrl: string;
	lang: string;
	items: {
		id: string;
		url: string;
		title: string;
		summary: string;
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

function required<T>(value: T | undefined, what: string): T {
	if (value === undefined || value === '') throw new Error(`the feed has no ${what}`);
	return value;
}

function readRss(text: string): ReadFeed {
	const rss = (xml.parse(text) as { rss: Record<string, any> }).rss;
	expect(rss['@_version']).toBe('2.0');
	const channel = required(rss['channel'] as Record<string, any> | undefined, 'channel');
	required(channel['title'], 'channel title');
	required(channel['description'], 'channel description');
	const self = (channel['atom:link'] as Record<string, string>[]).find(
		(l) => l['@_rel'] === 'self',
	);
	return {
		selfUrl: required(self?.['@_href'], 'atom:link rel=self'),
		pageUrl: required(channel['link']?.[0], 'channel link'),
		lang: channel['language'],
		items: ((channel['item'] ?? []) as Record<string, any>[]).map((item) => ({
			id: required(item['guid']?.['#text'], 'guid'),
			url: required(item['link']?.[0], 'item link'),
			title: required(item['title'], 'item title'),
			summary: item['description'],
			content: required(item['content:encoded'], 'content:encoded'),
			published: Date.parse(required(item['pubDate'], 'pubDate')),
			updated: undefined,
			authors: item['dc:creator'] ?? [],
			categories: item['category'] ?? [],
			lang: undefined,
		})),
	};
}

function readAtom(text: string): ReadFeed {
	const feed = (xml.parse(text) as { feed: Record<string, any> }).feed;
	expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
	required(feed['id'], 'feed id');
	required(feed['title']?.['#text'], 'feed title');
	expect(Number.isNaN(Date.parse(required(feed['updated'], 'feed updated')))).toBe(false);
	const links = feed['link'] as Record<string, string>[];
	return {
		selfUrl: required(links.find((l) => l['@_rel'] === 'self')?.['@_href'], 'self link'),
		pageUrl: required(links.find((l) => l['@_rel'] === 'alternate')?.['@_href'], 'alternate link'),
		lang: feed['@_xml:lang'],
		items: ((feed['entry'] ?? []) as Record<string, any>[]).map((entry) => ({
			id: required(entry['id'], 'entry id'),
			url: required(
				(entry['link'] as Record<string, string>[]).find((l) => l['@_rel'] === 'alternate')?.[
					'@_href'
				],
				'entry link',
			),
			title: required(entry['title']?.['#text'], 'entry title'),
			summary: entry['summary']?.['#text'],
			content: required(entry['content']?.['#text'], 'entry content'),
			published: Date.parse(entry['published']),
			updated: Date.parse(required(entry['updated'], 'entry updated')),
			authors: required(entry['author'] as { name: string }[] | undefined, 'author').map(
				(author) => author.name,
			),
			categories: ((entry['category'] ?? []) as Record<string, string>[]).map(
				(c) => c['@_term'] ?? '',
			),
			lang: entry['@_xml:lang'],
		})),
	};
}

function readJson(text: string): ReadFeed {
	const feed = JSON.parse(text) as Record<string, any>;
	expect(feed['version']).toBe('https://jsonfeed.org/version/1.1');
	required(feed['title'], 'title');
	return {
		selfUrl: required(feed['feed_url'], 'feed_url'),
		pageUrl: required(feed['home_page_url'], 'home_page_url'),
		lang: feed['language'],
		items: (required(feed['items'], 'items') as Record<string, any>[]).map((item) => ({
			id: required(item['id'], 'id'),
			url: item['url'],
			title: item['title'],
			summary: item['summary'],
			content: required(item['content_html'], 'content_html'),
			published: Date.parse(item['date_published']),
			updated: Date.parse(item['date_modified']),
			authors: (item['authors'] as { name: string }[]).map((author) => author.name),
			categories: item['tags'] ?? [],
			lang: item['language'],
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
	return [site, ...perTopic].flatMap((feed) =>
		FEED_FORMATS.map(({ format, file }) => ({ ...feed, format, file: `${feed.rel}${file}` })),
	);
}

describe('the fixture articles the feeds are checked against', () => {
	it('are the published ones only', () => {
		const slugs = articles.map((article) => article.slug);
		expect(slugs).toHaveLength(5);
		expect(slugs).not.toContain('council-budget-draft');
		expect(slugs).not.toContain('bridge-opening-scheduled');
		expect(topics.map((topic) => topic.slug)).toContain('ثقافة');
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

	it('are the site’s three and three per topic, and nothing else', () => {
		expect(builtFilesNamed(build, FEED_FILES)).toEqual(feeds.map((feed) => feed.file).sort());
	});

	describe.each(feeds)('$file', (feed) => {
		const text = readFileSync(join(build.outDir, feed.file), 'utf8');
		const read = READERS[feed.format](text);

		if (feed.format !== 'json') {
			it('is well-formed XML', () => {
				expect(XMLValidator.validate(text)).toBe(true);
			});
		}

		it('names itself and its page by absolute URLs that resolve to built files', () => {
			expect(read.selfUrl).toBe(new URL(feed.file, siteHome(build)).href);
			expect(builtFileOf(read.selfUrl, build)).toEqual({ file: expect.any(String) });
			expect(read.pageUrl).toBe(feed.pageUrl);
			expect(builtFileOf(read.pageUrl, build)).toEqual({ file: expect.any(String) });
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
				expect(builtFileOf(item.url, build)).toEqual({ file: expect.any(String) });
				expect(item.id).toBe(item.url);
				expect(item.title).toBe(meta.title);
				expect(item.summary).toBe(meta.description);
				expect(item.published).toBe(meta.pubDate.epochMs);
				if (item.updated !== undefined)
					expect(item.updated).toBe((meta.updatedDate ?? meta.pubDate).epochMs);
				expect(item.authors).toEqual(meta.authors);
				expect(item.categories).toEqual(meta.tags);
				if (feed.format !== 'rss')
					expect(item.lang).toBe(meta.lang === siteConfig.defaultLang ? undefined : meta.lang);
			}
		});

		it('carries each article’s full text: lead, section headings and sections', () => {
			for (const [index, item] of read.items.entries()) {
				const article = feed.articles[index] as Article;
				const content = textOf(item.content);
				expect(content).toContain(textOf(article.lead.html));
				for (const section of article.sections) {
					expect(item.content).toContain(`<h2>${section.title}</h2>`);
					expect(content).toContain(textOf(section.html));
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
							expect(builtFileOf(value, build), value).toEqual({ file: expect.any(String) });
					}
				}
			}
		});
	});
});

import { XMLParser } from 'fast-xml-parser';
import { xmlSyntaxError } from '../../../helpers/shared/xml-check.ts';
import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../../../src/lib/article/article-schema.ts';
import { resolveDate } from '../../../../src/lib/core/dates.ts';
import {
	atomFeed,
	feedItem,
	feedPath,
	jsonFeed,
	rfc3339,
	rssFeed,
	type FeedMeta,
} from '../../../../src/lib/site/feeds/feed.ts';
import {
	attr,
	child,
	children,
	text,
	texts,
	type Tree,
} from '../../../helpers/shared/parsed-tree.ts';

const NASTY = 'Fish & <chips> "quoted" ]]> \u2028 bell\u0007';
const CLEANED = NASTY.replace('\u0007', '\uFFFD');

const meta: FeedMeta = {
	title: 'The Reader',
	description: 'News.',
	lang: 'en',
	pageUrl: 'https://news.example/news/',
	selfUrl: 'https://news.example/news/atom.xml',
};

function article(overrides: Partial<ArticleMeta> = {}) {
	return {
		title: NASTY,
		description: `Summary: ${NASTY}`,
		pubDate: resolveDate('2024-03-02T14:05:00+03:00', 'UTC'),
		updatedDate: resolveDate('2024-03-03', 'UTC'),
		authors: ['Jane Doe', '007', '1e3'],
		tags: ['City', 'R&D'],
		lang: 'en',
		...overrides,
	};
}

const english = feedItem(article(), 'https://news.example/news/articles/a/', `<p>${NASTY}</p>`);
const arabic = feedItem(
	article({ title: 'عنوان', lang: 'ar', updatedDate: undefined, tags: [] }),
	'https://news.example/news/articles/b/',
	'<div lang="ar" dir="rtl"><p>نص</p></div>',
);

const parser = new XMLParser({
	ignoreAttributes: false,
	parseTagValue: false,
	trimValues: false,
	isArray: (name) => ['entry', 'item', 'author', 'category', 'dc:creator'].includes(name),
	// Values stay strings: a feed's text is never a number.
	parseAttributeValue: false,
});

describe('feedItem', () => {
	it('takes the update as the modified date, else the publication', () => {
		expect(english.updated.iso).toBe('2024-03-03');
		expect(arabic.updated).toBe(arabic.published);
	});
});

describe('rfc3339', () => {
	it('gives every date a time: a calendar date counts from its midnight in the site zone', () => {
		expect(rfc3339(resolveDate('2024-03-03', 'Asia/Baghdad'))).toBe('2024-03-02T21:00:00Z');
		expect(rfc3339(resolveDate('2024-03-02T14:05+03:00', 'UTC'))).toBe('2024-03-02T11:05:00Z');
		expect(rfc3339(resolveDate('2024-03-02T14:05:00.250Z', 'UTC'))).toBe(
			'2024-03-02T14:05:00.250Z',
		);
	});
});

describe('feedPath', () => {
	it('puts site feeds at the root and topic feeds beside the topic page', () => {
		expect(feedPath('rss')).toBe('/rss.xml');
		expect(feedPath('atom', 'city')).toBe('/topics/city/atom.xml');
		expect(feedPath('json', 'ثقافة')).toBe('/topics/%D8%AB%D9%82%D8%A7%D9%81%D8%A9/feed.json');
	});
});

describe('atomFeed', () => {
	const xml = atomFeed(meta, [english, arabic]);
	const feed = child(parser.parse(xml), 'feed');

	it('is well-formed, with the elements RFC 4287 requires of a feed', () => {
		expect(xmlSyntaxError(xml)).toBeUndefined();
		expect(attr(feed, 'xmlns')).toBe('http://www.w3.org/2005/Atom');
		expect(attr(feed, 'xml:lang')).toBe('en');
		expect(text(feed, 'id')).toBe(meta.selfUrl);
		expect(text(feed, 'title')).toBe('The Reader');
		expect(text(feed, 'updated')).toBe('2024-03-03T00:00:00Z');
		expect(children(feed, 'link').map((link) => [attr(link, 'rel'), attr(link, 'href')])).toEqual([
			['self', meta.selfUrl],
			['alternate', meta.pageUrl],
		]);
	});

	it('carries each entry’s id, title, dates, authors, categories, summary and escaped content', () => {
		const [first, second] = children(feed, 'entry');
		expect(text(first, 'id')).toBe('https://news.example/news/articles/a/');
		expect(text(first, 'title')).toBe(CLEANED);
		expect(text(first, 'published')).toBe('2024-03-02T11:05:00Z');
		expect(text(first, 'updated')).toBe('2024-03-03T00:00:00Z');
		expect(children(first, 'author').map((author) => text(author, 'name'))).toEqual([
			'Jane Doe',
			'007',
			'1e3',
		]);
		expect(children(first, 'category').map((category) => attr(category, 'term'))).toEqual([
			'City',
			'R&D',
		]);
		expect(text(first, 'summary')).toBe(`Summary: ${CLEANED}`);
		expect(attr(child(first, 'content'), 'type')).toBe('html');
		expect(text(first, 'content')).toBe(`<p>${CLEANED}</p>`);
		expect(attr(first, 'xml:lang')).toBeUndefined();
		expect(attr(second, 'xml:lang')).toBe('ar');
		expect(children(second, 'category')).toEqual([]);
	});

	it('stays well-formed and dated when empty', () => {
		const empty = atomFeed(meta, []);
		expect(xmlSyntaxError(empty)).toBeUndefined();
		expect(empty).toContain('<updated>1970-01-01T00:00:00Z</updated>');
	});
});

describe('jsonFeed', () => {
	const feed = JSON.parse(jsonFeed(meta, [english, arabic])) as Tree;

	it('has what JSON Feed 1.1 requires, and the feed’s language', () => {
		expect(feed).toMatchObject({
			version: 'https://jsonfeed.org/version/1.1',
			title: 'The Reader',
			home_page_url: meta.pageUrl,
			feed_url: meta.selfUrl,
			language: 'en',
		});
	});

	it('gives each item its id, dates, authors, tags and, when it differs, its language', () => {
		const [first, second] = children(feed, 'items');
		expect(first).toMatchObject({
			id: 'https://news.example/news/articles/a/',
			url: 'https://news.example/news/articles/a/',
			title: CLEANED,
			summary: `Summary: ${CLEANED}`,
			content_html: `<p>${CLEANED}</p>`,
			date_published: '2024-03-02T11:05:00Z',
			date_modified: '2024-03-03T00:00:00Z',
			authors: [{ name: 'Jane Doe' }, { name: '007' }, { name: '1e3' }],
			tags: ['City', 'R&D'],
		});
		expect(first).not.toHaveProperty('language');
		expect(second).toHaveProperty('language', 'ar');
		expect(second).not.toHaveProperty('tags');
	});
});

describe('rssFeed', () => {
	const xml = rssFeed(meta, [english, arabic]);
	const rss = child(parser.parse(xml), 'rss');
	const channel = child(rss, 'channel');

	it('is well-formed RSS 2.0 with the channel elements the spec requires, and a self link', () => {
		expect(xmlSyntaxError(xml)).toBeUndefined();
		expect(attr(rss, 'version')).toBe('2.0');
		expect(text(channel, 'title')).toBe('The Reader');
		expect(text(channel, 'link')).toBe(meta.pageUrl);
		expect(text(channel, 'description')).toBe('News.');
		expect(text(channel, 'language')).toBe('en');
		const self = child(channel, 'atom:link');
		expect([attr(self, 'href'), attr(self, 'rel')]).toEqual([meta.selfUrl, 'self']);
		expect(text(channel, 'lastBuildDate')).toBe('Sun, 03 Mar 2024 00:00:00 GMT');
	});

	it('gives each item its permalink, date, full text, summary, bylines and topics', () => {
		const [first] = children(channel, 'item');
		expect(text(first, 'title')).toBe(CLEANED);
		expect(text(first, 'link')).toBe('https://news.example/news/articles/a/');
		expect(text(first, 'guid')).toBe('https://news.example/news/articles/a/');
		expect(attr(child(first, 'guid'), 'isPermaLink')).toBe('true');
		expect(text(first, 'pubDate')).toBe('Sat, 02 Mar 2024 11:05:00 GMT');
		expect(text(first, 'description')).toBe(`Summary: ${CLEANED}`);
		expect(text(first, 'content:encoded')).toBe(`<p>${CLEANED}</p>`);
		// Names that look like numbers stay names (see rssFeed on @astrojs/rss).
		expect(texts(first, 'dc:creator')).toEqual(['Jane Doe', '007', '1e3']);
		expect(texts(first, 'category')).toEqual(['City', 'R&D']);
	});

	it('stays well-formed with no items', () => {
		const empty = rssFeed(meta, []);
		expect(xmlSyntaxError(empty)).toBeUndefined();
		expect(empty).not.toContain('lastBuildDate');
	});
});

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../../src/lib/article/schema.ts';
import { resolveDate } from '../../../src/lib/site/dates.ts';
import {
	atomFeed,
	feedItem,
	feedPath,
	jsonFeed,
	rfc3339,
	rssFeed,
	type FeedMeta,
} from '../../../src/lib/site/feed.ts';

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
	const feed = (parser.parse(xml) as { feed: Record<string, unknown> }).feed as {
		'@_xmlns': string;
		'@_xml:lang': string;
		id: string;
		title: { '#text': string };
		updated: string;
		link: { '@_rel': string; '@_href': string }[];
		entry: Record<string, unknown>[];
	};

	it('is well-formed, with the elements RFC 4287 requires of a feed', () => {
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
		expect(feed['@_xml:lang']).toBe('en');
		expect(feed.id).toBe(meta.selfUrl);
		expect(feed.title['#text']).toBe('The Reader');
		expect(feed.updated).toBe('2024-03-03T00:00:00Z');
		expect(feed.link.map((link) => [link['@_rel'], link['@_href']])).toEqual([
			['self', meta.selfUrl],
			['alternate', meta.pageUrl],
		]);
	});

	it('carries each entry’s id, title, dates, authors, categories, summary and escaped content', () => {
		const [first, second] = feed.entry as [Record<string, any>, Record<string, any>];
		expect(first['id']).toBe('https://news.example/news/articles/a/');
		expect(first['title']['#text']).toBe(CLEANED);
		expect(first['published']).toBe('2024-03-02T11:05:00Z');
		expect(first['updated']).toBe('2024-03-03T00:00:00Z');
		expect(first['author'].map((author: { name: string }) => author.name)).toEqual([
			'Jane Doe',
			'007',
			'1e3',
		]);
		expect(first['category'].map((category: { '@_term': string }) => category['@_term'])).toEqual([
			'City',
			'R&D',
		]);
		expect(first['summary']['#text']).toBe(`Summary: ${CLEANED}`);
		expect(first['content']['@_type']).toBe('html');
		expect(first['content']['#text']).toBe(`<p>${CLEANED}</p>`);
		expect(first['@_xml:lang']).toBeUndefined();
		expect(second['@_xml:lang']).toBe('ar');
		expect(second['category']).toBeUndefined();
	});

	it('stays well-formed and dated when empty', () => {
		const empty = atomFeed(meta, []);
		expect(XMLValidator.validate(empty)).toBe(true);
		expect(empty).toContain('<updated>1970-01-01T00:00:00Z</updated>');
	});
});

describe('jsonFeed', () => {
	const feed = JSON.parse(jsonFeed(meta, [english, arabic])) as Record<string, any>;

	it('has what JSON Feed 1.1 requires, and the feed’s language', () => {
		expect(feed['version']).toBe('https://jsonfeed.org/version/1.1');
		expect(feed['title']).toBe('The Reader');
		expect(feed['home_page_url']).toBe(meta.pageUrl);
		expect(feed['feed_url']).toBe(meta.selfUrl);
		expect(feed['language']).toBe('en');
	});

	it('gives each item its id, dates, authors, tags and, when it differs, its language', () => {
		const [first, second] = feed['items'] as [Record<string, any>, Record<string, any>];
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
		expect(second['language']).toBe('ar');
		expect(second).not.toHaveProperty('tags');
	});
});

describe('rssFeed', () => {
	const xml = rssFeed(meta, [english, arabic]);
	const rss = (parser.parse(xml) as { rss: Record<string, any> }).rss;
	const channel = rss['channel'] as Record<string, any>;

	it('is well-formed RSS 2.0 with the channel elements the spec requires, and a self link', () => {
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(rss['@_version']).toBe('2.0');
		expect(channel['title']).toBe('The Reader');
		expect(channel['link']).toBe(meta.pageUrl);
		expect(channel['description']).toBe('News.');
		expect(channel['language']).toBe('en');
		expect(channel['atom:link']).toMatchObject({ '@_href': meta.selfUrl, '@_rel': 'self' });
		expect(channel['lastBuildDate']).toBe('Sun, 03 Mar 2024 00:00:00 GMT');
	});

	it('gives each item its permalink, date, full text, summary, bylines and topics', () => {
		const [first] = channel['item'] as [Record<string, any>];
		expect(first['title']).toBe(CLEANED);
		expect(first['link']).toBe('https://news.example/news/articles/a/');
		expect(first['guid']).toEqual({
			'#text': 'https://news.example/news/articles/a/',
			'@_isPermaLink': 'true',
		});
		expect(first['pubDate']).toBe('Sat, 02 Mar 2024 11:05:00 GMT');
		expect(first['description']).toBe(`Summary: ${CLEANED}`);
		expect(first['content:encoded']).toBe(`<p>${CLEANED}</p>`);
		// Names that look like numbers stay names (see rssFeed on @astrojs/rss).
		expect(first['dc:creator']).toEqual(['Jane Doe', '007', '1e3']);
		expect(first['category']).toEqual(['City', 'R&D']);
	});

	it('stays well-formed with no items', () => {
		const empty = rssFeed(meta, []);
		expect(XMLValidator.validate(empty)).toBe(true);
		expect(empty).not.toContain('lastBuildDate');
	});
});

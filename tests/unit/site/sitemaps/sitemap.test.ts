import { XMLParser } from 'fast-xml-parser';
import { xmlSyntaxError } from '../../../helpers/shared/xml-check.ts';
import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../../../src/lib/core/dates.ts';
import {
	chunk,
	inNewsWindow,
	NEWS_WINDOW_MS,
	newestModified,
	newsLanguage,
	sitemapFiles,
	sitemapIndexXml,
	type NewsArticle,
	w3cDatetime,
} from '../../../../src/lib/site/sitemaps/sitemap.ts';
import { attr, child, children } from '../../../helpers/shared/parsed-tree.ts';

const date = (input: string) => resolveDate(input, 'UTC');
const parser = new XMLParser({
	ignoreAttributes: false,
	parseTagValue: false,
	isArray: (name) => ['url', 'sitemap'].includes(name),
});

const older = { pubDate: date('2024-03-02T14:05:00+03:00'), updatedDate: date('2024-03-03') };
const newer = { pubDate: date('2024-04-10'), updatedDate: undefined };

describe('newestModified', () => {
	it('takes each article’s update, else its publication, and keeps the newest as written', () => {
		expect(newestModified([older])?.iso).toBe('2024-03-03');
		expect(newestModified([older, newer])?.iso).toBe('2024-04-10');
		expect(newestModified([])).toBeUndefined();
	});
});

describe('inNewsWindow', () => {
	const now = Date.UTC(2024, 4, 20, 12);
	const at = (ms: number) => ({ iso: new Date(ms).toISOString(), hasTime: true, epochMs: ms });

	it('takes what was published in the two days up to the build, both ends included', () => {
		expect(inNewsWindow(at(now), now)).toBe(true);
		expect(inNewsWindow(at(now - NEWS_WINDOW_MS), now)).toBe(true);
		expect(inNewsWindow(date('2024-05-19'), now)).toBe(true);
	});

	it('leaves out what is older, and what is not yet published', () => {
		expect(inNewsWindow(at(now - NEWS_WINDOW_MS - 1), now)).toBe(false);
		expect(inNewsWindow(date('2024-05-18'), now)).toBe(false);
		expect(inNewsWindow(at(now + 1), now)).toBe(false);
	});
});

describe('newsLanguage', () => {
	it('gives the ISO 639 code, and Google’s two Chinese codes', () => {
		expect(newsLanguage('en')).toBe('en');
		expect(newsLanguage('pt-BR')).toBe('pt');
		expect(newsLanguage('AR')).toBe('ar');
		expect(newsLanguage('zh-Hant-TW')).toBe('zh-tw');
		expect(newsLanguage('zh')).toBe('zh-cn');
	});
});

describe('w3cDatetime', () => {
	it('keeps a calendar date, and writes a date-time in UTC with seconds', () => {
		expect(w3cDatetime(date('2024-03-03'))).toBe('2024-03-03');
		expect(w3cDatetime(date('2024-03-02T14:05+03:00'))).toBe('2024-03-02T11:05:00Z');
		expect(w3cDatetime(date('2024-03-02T14:05:30.5Z'))).toBe('2024-03-02T14:05:30.500Z');
	});
});

describe('chunk', () => {
	it('splits into runs of at most the size, and keeps one run for nothing', () => {
		expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
		expect(chunk([], 2)).toEqual([[]]);
	});
});

describe('sitemapFiles', () => {
	const now = Date.UTC(2024, 3, 11, 12);
	const pages = [
		{ loc: 'https://news.example/news/', articles: [newer, older] },
		{ loc: 'https://news.example/news/articles/new/', articles: [newer] },
		{ loc: 'https://news.example/news/articles/old/', articles: [older] },
	];
	const news: NewsArticle[] = [
		{
			loc: 'https://news.example/news/articles/new/',
			title: 'Budget <passes> & more',
			lang: 'en-GB',
			pubDate: newer.pubDate,
		},
		{
			loc: 'https://news.example/news/articles/old/',
			title: 'Old',
			lang: 'en',
			pubDate: older.pubDate,
		},
	];

	it('lists an original and its translation with xhtml:link alternates, each naming both', () => {
		const versions = [
			{ hreflang: 'ar', href: 'https://news.example/articles/asl/' },
			{ hreflang: 'en', href: 'https://news.example/articles/translation/' },
		];
		const [file] = sitemapFiles({
			pages: [
				{ loc: versions[0]!.href, articles: [older], alternates: versions },
				{ loc: versions[1]!.href, articles: [older], alternates: versions },
				{ loc: 'https://news.example/', articles: [older] },
			],
			news: [],
			publicationName: 'The Reader',
			now,
		});
		const xml = file?.xml ?? '';
		expect(xmlSyntaxError(xml)).toBeUndefined();
		expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
		const urls = (
			new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as {
				urlset: { url: { loc: string; 'xhtml:link'?: { hreflang: string; href: string }[] }[] };
			}
		).urlset.url;
		for (const url of urls.slice(0, 2))
			expect(url['xhtml:link']).toEqual(
				versions.map((version) => ({ rel: 'alternate', ...version })),
			);
		expect(urls[2]).not.toHaveProperty('xhtml:link');
	});

	it('lists every page with the lastmod of its newest article', () => {
		const [file] = sitemapFiles({ pages, news: [], publicationName: 'The Reader', now });
		expect(file?.name).toBe('0');
		expect(xmlSyntaxError(file?.xml ?? '')).toBeUndefined();
		const urls = (
			parser.parse(file?.xml ?? '') as { urlset: { url: { loc: string; lastmod: string }[] } }
		).urlset.url;
		expect(urls).toEqual([
			{ loc: 'https://news.example/news/', lastmod: '2024-04-10' },
			{ loc: 'https://news.example/news/articles/new/', lastmod: '2024-04-10' },
			{ loc: 'https://news.example/news/articles/old/', lastmod: '2024-03-03' },
		]);
		expect(file?.lastmod?.iso).toBe('2024-04-10');
	});

	it('splits pages into files of the protocol’s size', () => {
		const files = sitemapFiles({ pages, news: [], publicationName: 'The Reader', now, maxUrls: 2 });
		expect(files.map((file) => file.name)).toEqual(['0', '1']);
		expect(files.map((file) => file.lastmod?.iso)).toEqual(['2024-04-10', '2024-03-03']);
	});

	it('adds a Google News file with the recent articles only', () => {
		const files = sitemapFiles({ pages, news, publicationName: 'The Reader & Co', now });
		const file = files.find((candidate) => candidate.name === 'news');
		expect(xmlSyntaxError(file?.xml ?? '')).toBeUndefined();
		const urlset = child(parser.parse(file?.xml ?? ''), 'urlset');
		expect(attr(urlset, 'xmlns:news')).toBe('http://www.google.com/schemas/sitemap-news/0.9');
		expect(children(urlset, 'url')).toEqual([
			{
				loc: 'https://news.example/news/articles/new/',
				'news:news': {
					'news:publication': { 'news:name': 'The Reader & Co', 'news:language': 'en' },
					'news:publication_date': '2024-04-10',
					'news:title': 'Budget <passes> & more',
				},
			},
		]);
	});

	it('writes no Google News file when nothing is recent', () => {
		const files = sitemapFiles({
			pages,
			news,
			publicationName: 'The Reader',
			now: now + 3 * NEWS_WINDOW_MS,
		});
		expect(files.map((file) => file.name)).toEqual(['0']);
	});
});

describe('sitemapIndexXml', () => {
	it('names each file by its absolute URL, with its lastmod when it has one', () => {
		const xml = sitemapIndexXml(
			[
				{ name: '0', lastmod: date('2024-04-10') },
				{ name: 'news', lastmod: undefined },
			],
			(name) => `https://news.example/news/sitemap-${name}.xml`,
		);
		expect(xmlSyntaxError(xml)).toBeUndefined();
		expect(
			(parser.parse(xml) as { sitemapindex: { sitemap: unknown[] } }).sitemapindex.sitemap,
		).toEqual([
			{ loc: 'https://news.example/news/sitemap-0.xml', lastmod: '2024-04-10' },
			{ loc: 'https://news.example/news/sitemap-news.xml' },
		]);
	});
});

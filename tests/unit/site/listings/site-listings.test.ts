import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../../../src/lib/core/dates.ts';
import { paginate, siteListings } from '../../../../src/lib/site/listings/site-listings.ts';

/** An article of `tags` published on `day` (newest first is the caller's order). */
function article(slug: string, day: string, tags: string[], lang = 'en') {
	return { slug, meta: { tags, pubDate: resolveDate(day, 'UTC'), lang, authors: ['Jane Doe'] } };
}

const ARTICLES = [
	article('e', '2024-03-05', ['Iraq', 'Energy']),
	article('d', '2024-03-01', ['Iraq']),
	article('c', '2024-02-20', ['ثقافة'], 'ar'),
	article('b', '2023-12-31', ['Energy']),
	article('a', '2023-12-01', ['Iraq']),
];

describe('paginate', () => {
	it('cuts a list into pages with their paths and numbers', () => {
		expect(paginate([1, 2, 3, 4, 5], 2, (page) => `/p/${String(page)}/`)).toEqual([
			{ path: '/p/1/', currentPage: 1, lastPage: 3, articles: [1, 2] },
			{ path: '/p/2/', currentPage: 2, lastPage: 3, articles: [3, 4] },
			{ path: '/p/3/', currentPage: 3, lastPage: 3, articles: [5] },
		]);
	});

	it('gives an empty list no page, or one empty page when asked (the home page)', () => {
		expect(paginate([], 2, () => '/')).toEqual([]);
		expect(paginate([], 2, () => '/', true)).toEqual([
			{ path: '/', currentPage: 1, lastPage: 1, articles: [] },
		]);
	});
});

describe('siteListings', () => {
	const listings = siteListings(ARTICLES, { pageSize: 2, locale: 'en', timeZone: 'UTC' });

	it('pages the latest articles from the home page on', () => {
		expect(listings.home.map(({ path, articles }) => [path, articles.map((a) => a.slug)])).toEqual([
			['/', ['e', 'd']],
			['/page/2/', ['c', 'b']],
			['/page/3/', ['a']],
		]);
	});

	it('pages each topic, sorted by name, with the language of its newest article', () => {
		expect(
			listings.topics.map(({ topic, pages }) => [
				topic.slug,
				topic.lang,
				pages.map(({ path, articles }) => [path, articles.map((a) => a.slug)]),
			]),
		).toEqual([
			['energy', 'en', [['/topics/energy/', ['e', 'b']]]],
			[
				'iraq',
				'en',
				[
					['/topics/iraq/', ['e', 'd']],
					['/topics/iraq/2/', ['a']],
				],
			],
			['ثقافة', 'ar', [['/topics/%D8%AB%D9%82%D8%A7%D9%81%D8%A9/', ['c']]]],
		]);
	});

	it('groups the archive by year and month, newest first, each month paged', () => {
		expect(
			listings.years.map(({ year, count, months }) => [
				year,
				count,
				months.map(({ month, pages }) => [month, pages.map(({ path }) => path)]),
			]),
		).toEqual([
			[
				2024,
				3,
				[
					[3, ['/archive/2024/03/']],
					[2, ['/archive/2024/02/']],
				],
			],
			[2023, 2, [[12, ['/archive/2023/12/']]]],
		]);
	});

	it('lists nothing but an empty home page for an archive without articles', () => {
		expect(siteListings([], { pageSize: 2, locale: 'en', timeZone: 'UTC' })).toEqual({
			home: [{ path: '/', currentPage: 1, lastPage: 1, articles: [] }],
			front: undefined,
			authors: [],
			topics: [],
			years: [],
		});
	});

	it('gives each author a listing of the articles their byline names, at /authors/<id>/', () => {
		const articles = [
			{
				slug: 'b',
				meta: {
					tags: [],
					pubDate: resolveDate('2024-03-02', 'UTC'),
					lang: 'en',
					authors: ['sam-lee'],
				},
			},
			{
				slug: 'a',
				meta: {
					tags: [],
					pubDate: resolveDate('2024-03-01', 'UTC'),
					lang: 'en',
					authors: ['News desk'],
				},
			},
		];
		const { authors } = siteListings(articles, { pageSize: 2, locale: 'en', timeZone: 'UTC' }, [
			{ id: 'jane-doe', name: 'Jane Doe' },
			{ id: 'sam-lee', name: 'Sam Lee' },
		]);
		expect(
			authors.map(({ author, pages }) => [
				author.id,
				pages.map((page) => [page.path, page.articles.map((x) => x.slug)]),
			]),
		).toEqual([
			['jane-doe', [['/authors/jane-doe/', []]]],
			['sam-lee', [['/authors/sam-lee/', ['b']]]],
		]);
	});

	it('with a front page, lists on the home pages only the articles after its top stories', () => {
		const articles = ['c', 'b', 'a'].map((slug, index) => ({
			slug,
			meta: {
				tags: ['City'],
				pubDate: resolveDate(`2024-03-0${String(3 - index)}`, 'UTC'),
				lang: 'en',
				authors: ['x'],
			},
		}));
		const listings = siteListings(articles, {
			pageSize: 2,
			locale: 'en',
			timeZone: 'UTC',
			frontPage: { topStories: 1, topics: ['City'], headlinesPerTopic: 2 },
		});
		expect(listings.front?.lead?.slug).toBe('c');
		expect(listings.front?.top.map((x) => x.slug)).toEqual(['b']);
		expect(listings.home.map((page) => page.articles.map((x) => x.slug))).toEqual([['a']]);
	});
});

import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../../../src/lib/core/dates.ts';
import {
	collectTopics,
	relatedArticles,
	relatedByArticle,
	topicSlug,
	type ArticleRef,
} from '../../../../src/lib/site/listings/topics.ts';
import { archivePath, topicPath } from '../../../../src/lib/site/urls.ts';

function ref(slug: string, pubDate: string, tags: string[]): ArticleRef {
	return { slug, meta: { tags, pubDate: resolveDate(pubDate, 'UTC') } };
}

// Newest first, as pages get them.
const ARTICLES = [
	ref('tram-fares', '2024-05-01', ['Transport', 'City']),
	ref('library', '2024-04-01', ['ثقافة']),
	ref('bridge-vote', '2024-03-02', ['City', 'Transport', 'Budget']),
	ref('bridge-plan', '2023-01-10', ['city']),
	ref('embassy', '2019-12-31', ['Iraq', 'United States']),
];

describe('topicSlug', () => {
	it('makes a URL segment, keeping Unicode letters', () => {
		expect(topicSlug('United States')).toBe('united-states');
		expect(topicSlug('ثقافة')).toBe('ثقافة');
		expect(topicSlug('City')).toBe(topicSlug('city'));
	});

	it('is empty for a name without letters or digits', () => {
		expect(topicSlug('!!!')).toBe('');
	});
});

describe('collectTopics', () => {
	it('groups articles by topic, newest first, named as the newest article spells it', () => {
		const topics = collectTopics(ARTICLES, 'en');
		expect(topics.map((topic) => topic.name)).toEqual([
			'Budget',
			'City',
			'Iraq',
			'Transport',
			'United States',
			'ثقافة',
		]);
		expect(topics.find((topic) => topic.slug === 'city')).toEqual({
			slug: 'city',
			name: 'City',
			articles: ['tram-fares', 'bridge-vote', 'bridge-plan'],
		});
	});
});

describe('relatedArticles', () => {
	it('puts articles sharing more topics first, then the most recent', () => {
		const bridgeVote = ARTICLES[2]!;
		expect(relatedArticles(bridgeVote, ARTICLES, 5).map((a) => a.slug)).toEqual([
			'tram-fares',
			'bridge-plan',
		]);
	});

	it('stops at the limit and never lists the article itself', () => {
		const tram = ARTICLES[0]!;
		expect(relatedArticles(tram, ARTICLES, 1).map((a) => a.slug)).toEqual(['bridge-vote']);
	});

	it('finds nothing for an article without topics', () => {
		expect(relatedArticles(ref('x', '2024-01-01', []), ARTICLES, 5)).toEqual([]);
	});
});

describe('topic and archive paths', () => {
	it('are base-aware and end with a slash', () => {
		expect(topicPath('united-states', '/news/')).toBe('/news/topics/united-states/');
		expect(topicPath('city', '/', 2)).toBe('/topics/city/2/');
		expect(topicPath('ثقافة')).toBe('/topics/%D8%AB%D9%82%D8%A7%D9%81%D8%A9/');
		expect(archivePath('/news/')).toBe('/news/archive/');
		expect(archivePath('/', 2024, 3)).toBe('/archive/2024/03/');
		expect(archivePath('/', 2024)).toBe('/archive/2024/');
	});
});

describe('relatedByArticle', () => {
	it('gives every article the same list as relatedArticles', () => {
		const all = relatedByArticle(ARTICLES, 3);
		expect([...all.keys()]).toEqual(ARTICLES.map((article) => article.slug));
		for (const article of ARTICLES) {
			expect(all.get(article.slug)).toEqual(relatedArticles(article, ARTICLES, 3));
		}
	});

	it('ranks by shared topics, then newest, and stops at the limit', () => {
		const all = relatedByArticle(ARTICLES, 2);
		expect(all.get('bridge-vote')?.map((article) => article.slug)).toEqual([
			'tram-fares',
			'bridge-plan',
		]);
		expect(all.get('library')).toEqual([]);
		expect(relatedByArticle(ARTICLES, 0).get('tram-fares')).toEqual([]);
	});
});

describe('relatedByArticle on a larger archive', () => {
	// A deterministic archive of 300 articles with one to three of eight topics, many sharing a
	// day; every fiftieth has seven (too many subsets to index: compared pairwise instead).
	const names = ['Iraq', 'Iran', 'City', 'Transport', 'Budget', 'Energy', 'Climate', 'Health'];
	let seed = 7;
	const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
	const many = Array.from({ length: 300 }, (_, i) =>
		ref(
			`article-${String(i).padStart(3, '0')}`,
			`2024-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`,
			i % 50 === 0
				? names.slice(0, 7)
				: [
						...new Set(
							Array.from(
								{ length: 1 + Math.floor(next() * 3) },
								() => names[Math.floor(next() * 8)]!,
							),
						),
					],
		),
	).sort((a, b) => b.meta.pubDate.epochMs - a.meta.pubDate.epochMs || a.slug.localeCompare(b.slug));

	it.each([1, 4, 10])('keeps the same best %i as comparing every pair', (limit) => {
		expect(many.filter((article) => article.meta.tags.length === 7)).toHaveLength(6);
		const all = relatedByArticle(many, limit);
		for (const article of many) {
			expect(all.get(article.slug)).toEqual(relatedArticles(article, many, limit));
		}
	});
});

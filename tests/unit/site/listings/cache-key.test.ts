import { describe, expect, it } from 'vitest';
import {
	homeCacheKey,
	listingCacheKey,
	pageCacheKey,
	topicCacheKey,
} from '../../../../src/lib/site/listings/cache-key.ts';

describe('pageCacheKey', () => {
	const related = [{ slug: 'a', meta: { title: 'A headline' } }];

	it('is stable for the same digest and related list', () => {
		expect(pageCacheKey('d1', related)).toBe(pageCacheKey('d1', structuredClone(related)));
	});

	it('changes with the digest and with anything shown from other articles', () => {
		const key = pageCacheKey('d1', related);
		expect(pageCacheKey('d2', related)).not.toBe(key);
		expect(pageCacheKey('d1', [{ slug: 'a', meta: { title: 'A new headline' } }])).not.toBe(key);
		expect(pageCacheKey('d1', [])).not.toBe(key);
	});
});

describe('listingCacheKey', () => {
	const page = {
		articles: [{ slug: 'a', meta: { title: 'A headline', tags: ['City'] }, bodyKey: 'x' }],
		currentPage: 1,
		lastPage: 2,
	};

	it('changes with the listing, its articles, their metadata and the page numbers', () => {
		const key = listingCacheKey('home', page);
		expect(listingCacheKey('topic city', page)).not.toBe(key);
		expect(listingCacheKey('home', { ...page, lastPage: 3 })).not.toBe(key);
		expect(listingCacheKey('home', { ...page, currentPage: 2 })).not.toBe(key);
		expect(
			listingCacheKey('home', { ...page, articles: [{ slug: 'a', meta: { title: 'Another' } }] }),
		).not.toBe(key);
	});

	it('ignores what a listing does not show (where the body is stored)', () => {
		const moved = { ...page, articles: [{ ...page.articles[0]!, bodyKey: 'y' }] };
		expect(listingCacheKey('home', moved)).toBe(listingCacheKey('home', page));
	});
});

describe('homeCacheKey', () => {
	const article = (slug: string, title = 'A headline') => ({ slug, meta: { title } });
	const page = { articles: [article('d')], currentPage: 1, lastPage: 2 };
	const front = {
		lead: { ...article('a'), heroImage: { src: '/_astro/a.hash1.jpg' } },
		top: [article('b')],
		topics: [{ slug: 'city', name: 'City', lang: 'en', articles: [article('c')] }],
	};

	it('is the listing’s key on a page after the front page', () => {
		expect(homeCacheKey('home /', { ...page, currentPage: 2 }, undefined)).toBe(
			listingCacheKey('home /', { ...page, currentPage: 2 }),
		);
	});

	it('changes with the front page’s lead, its image file, top stories and topic blocks', () => {
		const key = homeCacheKey('home /', page, front);
		expect(key).not.toBe(listingCacheKey('home /', page));
		expect(homeCacheKey('home /', page, structuredClone(front))).toBe(key);
		const changes = [
			{ ...front, lead: { ...front.lead, meta: { title: 'A new headline' } } },
			{ ...front, lead: { ...front.lead, heroImage: { src: '/_astro/a.hash2.jpg' } } },
			{ ...front, lead: undefined },
			{ ...front, top: [article('b', 'Retitled')] },
			{ ...front, topics: [{ ...front.topics[0]!, name: 'The city' }] },
			{ ...front, topics: [{ ...front.topics[0]!, articles: [] }] },
		];
		for (const changed of changes) expect(homeCacheKey('home /', page, changed)).not.toBe(key);
		expect(homeCacheKey('lite home', page, front)).not.toBe(key);
	});

	it('ignores what the front page does not show of its stories (where the body is stored)', () => {
		const moved = { ...front, top: [{ ...article('b'), bodyKey: 'y' }] };
		expect(homeCacheKey('home /', page, moved)).toBe(homeCacheKey('home /', page, front));
	});
});

describe('topicCacheKey', () => {
	const page = {
		articles: [{ slug: 'a', meta: { title: 'A headline' } }],
		currentPage: 1,
		lastPage: 1,
	};
	const topic = { slug: 'city', name: 'City', lang: 'en' };

	it('changes with the topic’s name and language, which the page shows, and with the route', () => {
		const key = topicCacheKey('topic /', topic, page);
		expect(topicCacheKey('topic /', { ...topic }, page)).toBe(key);
		expect(topicCacheKey('topic /', { ...topic, name: 'CITY' }, page)).not.toBe(key);
		expect(topicCacheKey('topic /', { ...topic, lang: 'en-GB' }, page)).not.toBe(key);
		expect(topicCacheKey('topic /ar/', topic, page)).not.toBe(key);
		expect(topicCacheKey('lite topic', topic, page)).not.toBe(key);
	});

	it('ignores what the page does not show of the topic', () => {
		expect(topicCacheKey('topic /', { ...topic, articles: ['a'] } as typeof topic, page)).toBe(
			topicCacheKey('topic /', topic, page),
		);
	});
});

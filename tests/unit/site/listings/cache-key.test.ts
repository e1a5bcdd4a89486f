import { describe, expect, it } from 'vitest';
import { listingCacheKey, pageCacheKey } from '../../../../src/lib/site/listings/cache-key.ts';

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

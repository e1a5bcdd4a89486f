import { describe, expect, it } from 'vitest';
import { pageCacheKey } from '../../../src/lib/site/cache-key.ts';

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

import { describe, expect, it } from 'vitest';
import {
	isBundleFileServed,
	SHARD_TARGET,
	shardCount,
	shardKey,
	shardOf,
	shardPath,
} from '../../../../src/lib/site/search/search-shards.ts';

describe('shardCount', () => {
	it('has no shard for no article, one for a small archive, and a power of two as it grows', () => {
		expect(shardCount(0)).toBe(0);
		expect(shardCount(1)).toBe(1);
		expect(shardCount(SHARD_TARGET)).toBe(1);
		expect(shardCount(SHARD_TARGET + 1)).toBe(2);
		expect(shardCount(10_000)).toBe(16);
		expect(shardCount(50_000)).toBe(128);
	});
});

describe('shardOf', () => {
	it('puts an article always in the same shard, and spreads an archive evenly', () => {
		expect(shardOf('a-story', 16)).toBe(shardOf('a-story', 16));
		expect(shardOf('a-story', 1)).toBe(0);
		const sizes = new Array<number>(16).fill(0);
		for (let i = 0; i < 10_000; i++) sizes[shardOf(`article-${String(i)}`, 16)]!++;
		expect(Math.min(...sizes)).toBeGreaterThan(500);
		expect(Math.max(...sizes)).toBeLessThan(750);
	});
});

describe('shardKey', () => {
	const articles = [
		{ slug: 'a', digest: '1' },
		{ slug: 'b', digest: '2' },
	];
	const key = shardKey({ settings: 's', articles });

	it('is the same for the same articles in any order', () => {
		expect(shardKey({ settings: 's', articles: [...articles].reverse() })).toBe(key);
	});

	it('changes with an article’s digest, an added or removed article, or the settings', () => {
		for (const other of [
			[{ slug: 'a', digest: '9' }, articles[1]!],
			[...articles, { slug: 'c', digest: '3' }],
			[articles[0]!],
		])
			expect(shardKey({ settings: 's', articles: other })).not.toBe(key);
		expect(shardKey({ settings: 't', articles })).not.toBe(key);
	});
});

describe('shardPath and isBundleFileServed', () => {
	it('puts shard n in pagefind/n/', () => {
		expect(shardPath(3)).toBe('pagefind/3/');
	});

	it("keeps the search script, its worker, WebAssembly and the index; drops Pagefind's own interfaces", () => {
		const served = [
			'pagefind.js',
			'pagefind-worker.js',
			'wasm.en.pagefind',
			'pagefind-entry.json',
			'pagefind.en_19edb2bed6.pf_meta',
			'fragment/en_ad15808.pf_fragment',
			'index/en_42f6f78.pf_index',
		];
		const dropped = [
			'pagefind-ui.js',
			'pagefind-ui.css',
			'pagefind-modular-ui.js',
			'pagefind-modular-ui.css',
			'pagefind-component-ui.js',
			'pagefind-component-ui.css',
			'pagefind-highlight.js',
		];
		expect([...served, ...dropped].filter(isBundleFileServed)).toEqual(served);
	});
});

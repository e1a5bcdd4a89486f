import { describe, expect, it } from 'vitest';
import {
	indexingProblem,
	isBundleFileServed,
	searchIndexKey,
} from '../../../../src/lib/site/search/search-index.ts';

describe('indexingProblem', () => {
	it('accepts an index of exactly the article pages the build wrote', () => {
		expect(indexingProblem({ errors: [], pageCount: 5, articlePages: 5 })).toBeUndefined();
	});

	it("lists Pagefind's errors, one a line", () => {
		expect(
			indexingProblem({ errors: ['bad html', 'no space'], pageCount: 5, articlePages: 5 }),
		).toBe('Pagefind reported errors:\n  bad html\n  no space');
	});

	it('fails an index of no page, saying where the pages were expected', () => {
		expect(indexingProblem({ errors: [], pageCount: 0, articlePages: 0 })).toBe(
			'Pagefind indexed 0 pages: expected the 0 article pages (articles/*/index.html), each with an element marked data-pagefind-body',
		);
	});

	it('fails an index that misses article pages', () => {
		expect(indexingProblem({ errors: [], pageCount: 3, articlePages: 5 })).toBe(
			'Pagefind indexed 3 pages: expected the 5 article pages (articles/*/index.html)',
		);
	});
});

describe('isBundleFileServed', () => {
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

describe('searchIndexKey', () => {
	const page = (path: string, text: string) => ({ path, content: new TextEncoder().encode(text) });
	const pages = [page('articles/a/index.html', '<p>one</p>'), page('articles/b/index.html', 'two')];
	const key = searchIndexKey(pages, 'settings');

	it('is the same for the same pages in any order', () => {
		expect(searchIndexKey([...pages].reverse(), 'settings')).toBe(key);
	});

	it('changes with a page, its path, an added page or the settings', () => {
		const others = [
			[page('articles/a/index.html', '<p>One</p>'), pages[1]!],
			[page('articles/c/index.html', '<p>one</p>'), pages[1]!],
			[...pages, page('articles/d/index.html', '')],
			// The bytes are framed by their length: moving text between pages is a change.
			[page('articles/a/index.html', '<p>one</p>t'), page('articles/b/index.html', 'wo')],
		];
		for (const other of others) expect(searchIndexKey(other, 'settings')).not.toBe(key);
		expect(searchIndexKey(pages, 'other settings')).not.toBe(key);
	});
});

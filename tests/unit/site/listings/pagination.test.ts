import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../../../src/lib/site/i18n/strings.ts';
import {
	hasOtherPages,
	paginationLinks,
	paginationNames,
} from '../../../../src/lib/site/listings/pagination.ts';
import { homePath } from '../../../../src/lib/site/urls.ts';

const pathOf = (page: number) => homePath('/news/', page);
const numbers = (current: number, last: number) =>
	paginationLinks(current, last, pathOf).pages.map((entry) =>
		'gap' in entry ? '…' : entry.current ? `[${entry.page}]` : String(entry.page),
	);

describe('paginationLinks', () => {
	it('links the neighbours of a middle page', () => {
		const links = paginationLinks(2, 3, pathOf);
		expect(links.prev).toBe('/news/');
		expect(links.next).toBe('/news/page/3/');
		expect(links.pages).toEqual([
			{ page: 1, href: '/news/', current: false },
			{ page: 2, href: '/news/page/2/', current: true },
			{ page: 3, href: '/news/page/3/', current: false },
		]);
	});

	it('has no previous link on the first page and no next link on the last', () => {
		expect(paginationLinks(1, 3, pathOf).prev).toBeUndefined();
		expect(paginationLinks(3, 3, pathOf).next).toBeUndefined();
		expect(paginationLinks(1, 1, pathOf)).toEqual({
			prev: undefined,
			next: undefined,
			pages: [{ page: 1, href: '/news/', current: true }],
		});
		expect(hasOtherPages(paginationLinks(1, 1, pathOf))).toBe(false);
		expect([1, 2, 3].map((page) => hasOtherPages(paginationLinks(page, 3, pathOf)))).toEqual([
			true,
			true,
			true,
		]);
	});

	it('shows a window around the current page of a long listing, with gaps', () => {
		expect(numbers(1, 50)).toEqual(['[1]', '2', '3', '…', '50']);
		expect(numbers(25, 50)).toEqual(['1', '…', '23', '24', '[25]', '26', '27', '…', '50']);
		expect(numbers(4, 50)).toEqual(['1', '2', '3', '[4]', '5', '6', '…', '50']);
		expect(numbers(50, 50)).toEqual(['1', '…', '48', '49', '[50]']);
	});

	it('refuses a page outside the listing', () => {
		expect(() => paginationLinks(0, 3, pathOf)).toThrow(/expected a page from 1 to 3, found 0/);
		expect(() => paginationLinks(4, 3, pathOf)).toThrow(RangeError);
	});
});

describe('paginationNames', () => {
	it("names a listing's pages of articles in the strings' language when given no names", () => {
		expect(paginationNames(uiStrings('en'))).toEqual({
			landmark: 'Pages',
			newer: 'Newer articles',
			older: 'Older articles',
		});
		expect(paginationNames(uiStrings('ar')).newer).toBe('مقالات أحدث');
	});

	it('keeps the names it is given (a live page pages its updates)', () => {
		const names = { landmark: 'Pages of updates', newer: 'Newer updates', older: 'Older updates' };
		expect(paginationNames(uiStrings('en'), names)).toEqual(names);
	});
});

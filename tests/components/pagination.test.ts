import { describe, expect, it } from 'vitest';
import LitePagination from '../../src/components/lite/LitePagination.astro';
import Pagination from '../../src/components/site/Pagination.astro';
import { uiStrings } from '../../src/lib/site/i18n/strings.ts';
import { paginationLinks } from '../../src/lib/site/listings/pagination.ts';
import { homePath } from '../../src/lib/site/urls.ts';
import { render, renderHtml } from '../helpers/components/render-component.ts';

const strings = uiStrings('en');
const links = (current: number, last: number) =>
	paginationLinks(current, last, (page) => homePath('/', page));
const names = { landmark: 'Pages of updates', newer: 'Newer updates', older: 'Older updates' };

describe('Pagination', () => {
	it('renders nothing for a listing of one page', async () => {
		expect((await renderHtml(Pagination, { links: links(1, 1), strings })).trim()).toBe('');
	});

	it('links the newer and older pages and the page numbers, the current one marked', async () => {
		const page = await render(Pagination, { links: links(2, 3), strings });
		expect(page.querySelector('nav')?.getAttribute('aria-label')).toBe('Pages');
		expect(page.querySelectorAll('a').map((a) => [a.text, a.getAttribute('href')])).toEqual([
			['Newer articles', '/'],
			['1', '/'],
			['2', '/page/2/'],
			['3', '/page/3/'],
			['Older articles', '/page/3/'],
		]);
		expect(page.querySelector('a[aria-current="page"]')?.text).toBe('2');
	});

	it('names what it pages when given names', async () => {
		const page = await render(Pagination, { links: links(1, 2), strings, names });
		expect(page.querySelector('nav')?.getAttribute('aria-label')).toBe('Pages of updates');
		expect(page.querySelector('a[rel="next"]')?.text).toBe('Older updates');
	});
});

describe('LitePagination', () => {
	it('renders nothing for a listing of one page', async () => {
		expect((await renderHtml(LitePagination, { links: links(1, 1), strings })).trim()).toBe('');
	});

	it('links only the newer and older pages, named as Pagination names them', async () => {
		const page = await render(LitePagination, { links: links(2, 3), strings });
		expect(page.querySelector('nav')?.getAttribute('aria-label')).toBe('Pages');
		expect(page.querySelector('p')?.text).toBe('Newer articles · Older articles');
		expect(page.querySelectorAll('a').map((a) => a.getAttribute('rel'))).toEqual(['prev', 'next']);
		const named = await render(LitePagination, { links: links(2, 2), strings, names });
		expect(named.querySelector('nav')?.getAttribute('aria-label')).toBe('Pages of updates');
		expect(named.querySelectorAll('a').map((a) => a.text)).toEqual(['Newer updates']);
	});
});

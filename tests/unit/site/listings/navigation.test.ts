import { describe, expect, it } from 'vitest';
import { navigationLinks } from '../../../../src/lib/site/listings/navigation.ts';
import { archivePath, homePath, monthSegment, topicsPath } from '../../../../src/lib/site/urls.ts';

const ITEMS = [
	{ label: 'Latest', path: '/' },
	{ label: 'Topics', path: '/topics/' },
	{ label: 'Archive', path: '/archive/' },
];
const current = (pagePath: string) =>
	Object.fromEntries(navigationLinks(ITEMS, pagePath).map((link) => [link.label, link.current]));

describe('navigationLinks', () => {
	it('makes base-aware links', () => {
		expect(navigationLinks(ITEMS, '/', '/news/').map((link) => link.href)).toEqual([
			'/news/',
			'/news/topics/',
			'/news/archive/',
		]);
	});

	it('marks the page itself, and the section a page is in', () => {
		expect(current('/')).toEqual({ Latest: 'page', Topics: undefined, Archive: undefined });
		expect(current('/page/2/')).toEqual({ Latest: 'true', Topics: undefined, Archive: undefined });
		expect(current('/topics/')).toEqual({ Latest: undefined, Topics: 'page', Archive: undefined });
		expect(current('/topics/city/2/')).toEqual({
			Latest: undefined,
			Topics: 'true',
			Archive: undefined,
		});
		expect(current('/articles/x/')).toEqual({
			Latest: undefined,
			Topics: undefined,
			Archive: undefined,
		});
	});
});

describe('listing paths', () => {
	it('put page 2 on under the listing', () => {
		expect(homePath()).toBe('/');
		expect(homePath('/news/', 1)).toBe('/news/');
		expect(homePath('/news/', 2)).toBe('/news/page/2/');
		expect(topicsPath('/news/')).toBe('/news/topics/');
		expect(archivePath('/', 2024, 3, 2)).toBe('/archive/2024/03/2/');
		expect(archivePath('/news/', 2024, 11, 1)).toBe('/news/archive/2024/11/');
		expect(monthSegment(7)).toBe('07');
	});
});

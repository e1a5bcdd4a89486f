import { describe, expect, it } from 'vitest';
import { fullPageLink, litePath } from '../../../../src/lib/site/lite/lite-urls.ts';

describe('litePath', () => {
	it('puts a full page under /lite/, after the base', () => {
		expect(litePath('/')).toBe('/lite/');
		expect(litePath('/articles/x/')).toBe('/lite/articles/x/');
		expect(litePath('/topics/city/2/', '/news/')).toBe('/news/lite/topics/city/2/');
	});
});

describe('fullPageLink', () => {
	it('marks a link to the full page with ?full, so a Save-Data redirect lets it through', () => {
		expect(fullPageLink('/articles/x/')).toBe('/articles/x/?full');
		expect(fullPageLink('/articles/x/', '/news/')).toBe('/news/articles/x/?full');
	});

	it('points into the page with a fragment, escaped', () => {
		expect(fullPageLink('/articles/x/', '/', 'photo.2')).toBe('/articles/x/?full#photo.2');
		expect(fullPageLink('/articles/x/', '/', 'a b')).toBe('/articles/x/?full#a%20b');
	});
});

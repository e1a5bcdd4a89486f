import { describe, expect, it } from 'vitest';
import { articleDocument } from '../../../../src/lib/site/metadata/document.ts';
import { documentLanguage, documentTitle } from '../../../../src/lib/site/metadata/document.ts';

describe('documentTitle', () => {
	it("puts the page's own title before the site's name", () => {
		expect(documentTitle('Bridge approved', 'The Reader')).toBe('Bridge approved | The Reader');
	});

	it("is the site's name alone for a page without a title of its own", () => {
		expect(documentTitle(undefined, 'The Reader: Text-only edition')).toBe(
			'The Reader: Text-only edition',
		);
	});
});

describe('documentLanguage', () => {
	it("takes the page's language and that language's direction", () => {
		expect(documentLanguage({ lang: 'ar' }, 'en')).toEqual({ lang: 'ar', dir: 'rtl' });
	});

	it("falls back to the site's language, and keeps a direction the page gives", () => {
		expect(documentLanguage({}, 'en')).toEqual({ lang: 'en', dir: 'ltr' });
		expect(documentLanguage({ lang: 'ar', dir: 'ltr' }, 'en')).toEqual({ lang: 'ar', dir: 'ltr' });
	});
});

describe('articleDocument', () => {
	it("is the article's headline, standfirst, language and direction", () => {
		const meta = {
			title: 'اقتحام السفارة',
			description: 'متظاهرون',
			lang: 'ar',
			dir: 'rtl',
		} as const;
		expect(articleDocument(meta)).toEqual({
			title: 'اقتحام السفارة',
			description: 'متظاهرون',
			lang: 'ar',
			dir: 'rtl',
		});
	});
});

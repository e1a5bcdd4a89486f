import { describe, expect, it } from 'vitest';
import {
	missingStrings,
	otherLang,
	uiStrings,
	type UiStrings,
} from '../../../../src/lib/site/i18n/strings.ts';

describe('uiStrings', () => {
	it('finds Arabic by its tag or primary subtag, and falls back to English', () => {
		expect(uiStrings('ar').lang).toBe('ar');
		expect(uiStrings('ar-EG').lang).toBe('ar');
		expect(uiStrings('fr').lang).toBe('en');
	});

	it('has every Arabic string written in Arabic, none left in English', () => {
		const ar = uiStrings('ar');
		const en = uiStrings('en');
		for (const key of Object.keys(en) as (keyof UiStrings)[]) {
			if (key === 'lang') continue;
			const value = ar[key];
			const texts =
				typeof value === 'function'
					? [(value as (...args: number[]) => string)(3, 5)]
					: typeof value === 'object'
						? Object.values(value)
						: [value];
			for (const text of texts) expect(text, key).toMatch(/[\u0600-\u06FF]/);
		}
		expect(ar.related).toBe('تغطية ذات صلة');
	});

	it('counts articles in each of the Arabic plural forms', () => {
		const { articleCount } = uiStrings('ar');
		expect([1, 2, 3, 11, 100].map(articleCount)).toEqual([
			'مقال واحد',
			'مقالان',
			'3 مقالات',
			'11 مقالًا',
			'100 مقال',
		]);
		expect(uiStrings('en').articleCount(1)).toBe('1 article');
		expect(uiStrings('en').articleCount(2)).toBe('2 articles');
	});

	it('says the reading time in each of the Arabic plural forms CLDR gives', () => {
		const { readingTime } = uiStrings('ar');
		// one and two: the dual and singular words carry the number.
		expect(readingTime(1)).toBe('مدة القراءة: دقيقة واحدة');
		expect(readingTime(2)).toBe('مدة القراءة: دقيقتان');
		// few (3–10): plural noun.
		expect(readingTime(3)).toBe('مدة القراءة: 3 دقائق');
		expect(readingTime(10)).toBe('مدة القراءة: 10 دقائق');
		// many (11–99) and other (100, 101...): singular noun, Latin digits.
		expect(readingTime(11)).toBe('مدة القراءة: 11 دقيقة');
		expect(readingTime(99)).toBe('مدة القراءة: 99 دقيقة');
		expect(readingTime(100)).toBe('مدة القراءة: 100 دقيقة');
		expect(readingTime(103)).toBe('مدة القراءة: 103 دقائق');
	});

	it('keeps the English reading time short', () => {
		expect(uiStrings('en').readingTime(1)).toBe('1 min read');
		expect(uiStrings('en').readingTime(12)).toBe('12 min read');
	});
});

describe('otherLang', () => {
	it('marks interface text only when its language differs from the page', () => {
		expect(otherLang('en', 'ar')).toBe('en');
		expect(otherLang('ar', 'ar-EG')).toBeUndefined();
	});
});

describe('missingStrings', () => {
	it('finds nothing missing in English or Arabic', () => {
		expect(missingStrings('en')).toEqual([]);
		expect(missingStrings('ar-IQ')).toEqual([]);
	});

	it('names every key of a language without strings', () => {
		const missing = missingStrings('fr');
		expect(missing).toContain('skipToContent');
		expect(missing).toEqual(Object.keys(uiStrings('en')));
	});
});

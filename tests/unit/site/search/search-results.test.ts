import { describe, expect, it } from 'vitest';
import {
	excerptParts,
	queryFromUrl,
	resultDate,
	searchStatus,
} from '../../../../src/lib/site/search/search-results.ts';
import { formatArticleDate } from '../../../../src/lib/site/i18n/format-article-date.ts';
import { uiStrings } from '../../../../src/lib/site/i18n/strings.ts';

describe('excerptParts', () => {
	it('splits an excerpt into plain and marked text', () => {
		expect(excerptParts('the <mark>bridge</mark> will link the <mark>old</mark> town')).toEqual([
			{ text: 'the ', marked: false },
			{ text: 'bridge', marked: true },
			{ text: ' will link the ', marked: false },
			{ text: 'old', marked: true },
			{ text: ' town', marked: false },
		]);
	});

	it('decodes character references, so that escaped text reads as typed', () => {
		expect(excerptParts('fish &amp; chips &lt;b&gt; &#39;x&#x27; &quot;y&quot;')).toEqual([
			{ text: `fish & chips <b> 'x' "y"`, marked: false },
		]);
	});

	it('keeps any tag other than mark as literal text, never markup', () => {
		expect(excerptParts('<img src=x onerror=alert(1)> <mark>a</mark>')).toEqual([
			{ text: '<img src=x onerror=alert(1)> ', marked: false },
			{ text: 'a', marked: true },
		]);
	});

	it('leaves an unknown or out-of-range reference as it is', () => {
		expect(excerptParts('&bogus; &#0; &#x110000;')).toEqual([
			{ text: '&bogus; &#0; &#x110000;', marked: false },
		]);
	});

	it('gives nothing for an empty excerpt', () => {
		expect(excerptParts('')).toEqual([]);
	});
});

describe('searchStatus', () => {
	const text = uiStrings('en').searchStatus;

	it('says when nothing matches, naming the query', () => {
		expect(searchStatus(text, 0, 'bridge', 'en')).toBe('No article matches “bridge”.');
	});

	it('uses the singular for one result and the plural, with the count, for more', () => {
		expect(searchStatus(text, 1, 'bridge', 'en')).toBe('One article matches “bridge”.');
		expect(searchStatus(text, 1200, 'bridge', 'en')).toBe('1,200 articles match “bridge”.');
	});

	it("picks each of a language's plural forms, falling back to other", () => {
		const ar = uiStrings('ar').searchStatus;
		expect(searchStatus(ar, 1, 'جسر', 'ar')).toBe('مقال واحد يطابق «جسر».');
		expect(searchStatus(ar, 2, 'جسر', 'ar')).toBe('مقالان يطابقان «جسر».');
		expect(searchStatus(ar, 3, 'جسر', 'ar')).toBe('3 مقالات تطابق «جسر».');
		expect(searchStatus(ar, 11, 'جسر', 'ar')).toBe('11 مقالًا يطابق «جسر».');
		expect(searchStatus(ar, 100, 'جسر', 'ar')).toBe('100 مقال يطابق «جسر».');
		const { few, ...withoutFew } = ar;
		expect(few).toBeDefined();
		expect(searchStatus(withoutFew, 3, 'x', 'ar')).toBe('3 مقال يطابق «x».');
	});
});

describe('resultDate', () => {
	it('shows a calendar date as written, whatever the time zone', () => {
		expect(resultDate('2019-12-31', 'en', 'America/Los_Angeles')).toBe('December 31, 2019');
	});

	it('shows a date-time as the listings do, in the site time zone', () => {
		expect(resultDate('2024-03-02T23:30:00Z', 'en', 'Asia/Baghdad')).toBe(
			formatArticleDate(
				{ iso: '2024-03-02T23:30:00Z', hasTime: true, epochMs: Date.UTC(2024, 2, 2, 23, 30) },
				'en',
				'Asia/Baghdad',
			),
		);
		expect(resultDate('2024-03-02T23:30:00Z', 'en', 'Asia/Baghdad')).toContain('March 3, 2024');
	});

	it("formats in the result's language, with the site's digits", () => {
		expect(resultDate('2024-05-18', 'ar', 'UTC')).toBe(
			formatArticleDate({ iso: '2024-05-18', hasTime: false, epochMs: 0 }, 'ar', 'UTC'),
		);
		expect(resultDate('2024-05-18', 'ar', 'UTC')).toContain('2024');
	});
});

describe('queryFromUrl', () => {
	it('reads q from a query string, trimmed and decoded', () => {
		expect(queryFromUrl('?q=%20river+bridge%20')).toBe('river bridge');
	});

	it('is empty without q', () => {
		expect(queryFromUrl('')).toBe('');
		expect(queryFromUrl('?page=2')).toBe('');
	});
});

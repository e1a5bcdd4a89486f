import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../../../src/lib/core/dates.ts';
import {
	displayLocale,
	formatArticleDate,
} from '../../../../src/lib/site/i18n/format-article-date.ts';

describe('formatArticleDate', () => {
	it('shows a calendar date without a time, whatever the zone', () => {
		expect(
			formatArticleDate(
				resolveDate('2019-12-31', 'Pacific/Kiritimati'),
				'en',
				'Pacific/Kiritimati',
			),
		).toBe('December 31, 2019');
	});

	it('shows a date-time in the site zone, named', () => {
		expect(
			formatArticleDate(resolveDate('2019-12-31T14:05:00Z', 'UTC'), 'en-GB', 'Asia/Baghdad'),
		).toBe('31 December 2019 at 17:05 GMT+3');
	});

	it('follows the locale', () => {
		expect(formatArticleDate(resolveDate('2019-12-31', 'UTC'), 'ar-EG', 'UTC')).toBe(
			'٣١ ديسمبر ٢٠١٩',
		);
	});
});

describe('displayLocale', () => {
	it('gives Arabic the Latin digits, whatever ICU the build runs on', () => {
		expect(displayLocale('ar')).toBe('ar-u-nu-latn');
		expect(formatArticleDate({ iso: '2024-05-18', hasTime: false, epochMs: 0 }, 'ar', 'UTC')).toBe(
			'18 مايو 2024',
		);
	});

	it("keeps a region's digits, a numbering system the tag asks for, and other languages", () => {
		expect(displayLocale('ar-EG')).toBe('ar-EG');
		expect(displayLocale('ar-u-nu-arab')).toBe('ar-u-nu-arab');
		expect(displayLocale('en')).toBe('en');
		expect(displayLocale('fa')).toBe('fa');
	});
});

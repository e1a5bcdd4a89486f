import { describe, expect, it } from 'vitest';
import {
	displayLocale,
	formatArticleDate,
	offsetMs,
	resolveDate,
} from '../../../src/lib/site/dates.ts';

describe('resolveDate', () => {
	it('counts a calendar date from its midnight in the zone', () => {
		expect(resolveDate('2019-12-31', 'UTC').epochMs).toBe(Date.UTC(2019, 11, 31));
		expect(resolveDate('2019-12-31', 'America/New_York').epochMs).toBe(Date.UTC(2019, 11, 31, 5));
	});

	it('finds midnight on a day the clocks change', () => {
		// Europe/London moved to summer time at 01:00 on 31 March 2024: midnight was still GMT.
		expect(resolveDate('2024-03-31', 'Europe/London').epochMs).toBe(Date.UTC(2024, 2, 31));
		expect(resolveDate('2024-04-01', 'Europe/London').epochMs).toBe(Date.UTC(2024, 2, 31, 23));
	});

	it('keeps a date-time as written', () => {
		expect(resolveDate('2019-12-31T14:05:00+03:00', 'UTC')).toEqual({
			iso: '2019-12-31T14:05:00+03:00',
			hasTime: true,
			epochMs: Date.UTC(2019, 11, 31, 11, 5),
		});
	});
});

describe('offsetMs', () => {
	it('gives the zone offset at an instant', () => {
		expect(offsetMs(Date.UTC(2024, 0, 1), 'Asia/Baghdad')).toBe(3 * 3600_000);
	});
});

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

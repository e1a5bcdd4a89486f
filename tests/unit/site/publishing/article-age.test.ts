import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../../../src/lib/core/dates.ts';
import { uiStrings } from '../../../../src/lib/site/i18n/strings.ts';
import {
	articleAgeYears,
	wholeYearsSince,
} from '../../../../src/lib/site/publishing/article-age.ts';

const date = (input: string, zone = 'UTC') => resolveDate(input, zone);

describe('wholeYearsSince', () => {
	it.each([
		['2019-12-31', '2025-12-30T23:59:00Z', 5],
		['2019-12-31', '2025-12-31T00:00:00Z', 6],
		['2024-02-29', '2025-02-28T12:00:00Z', 0],
		['2024-02-29', '2025-03-01T00:00:00Z', 1],
		['2024-05-18', '2024-05-17T00:00:00Z', 0],
	])('counts %s to %s as %i whole years', (from, now, years) => {
		expect(wholeYearsSince(date(from), Date.parse(now), 'UTC')).toBe(years);
	});

	it("counts by the site's calendar: midnight in Baghdad is still the day before in UTC", () => {
		const now = Date.parse('2025-12-30T22:00:00Z'); // 31 December, 01:00 in Baghdad
		expect(wholeYearsSince(date('2019-12-31', 'Asia/Baghdad'), now, 'Asia/Baghdad')).toBe(6);
		expect(wholeYearsSince(date('2019-12-31'), now, 'UTC')).toBe(5);
	});
});

describe('articleAgeYears', () => {
	const now = Date.parse('2026-12-02T00:00:00Z');

	it('dates an article by its last update, and says nothing under a year', () => {
		expect(articleAgeYears({ pubDate: date('2019-12-31') }, now, 'UTC')).toBe(6);
		expect(
			articleAgeYears({ pubDate: date('2019-12-31'), updatedDate: date('2025-06-01') }, now, 'UTC'),
		).toBe(1);
		expect(
			articleAgeYears({ pubDate: date('2019-12-31'), updatedDate: date('2026-01-10') }, now, 'UTC'),
		).toBeUndefined();
	});
});

describe('the age label', () => {
	it('says how old the article is in English', () => {
		const { articleAge } = uiStrings('en');
		expect(articleAge(1)).toBe('This article is more than a year old');
		expect(articleAge(6)).toBe('This article is more than 6 years old');
	});

	it("takes Arabic's plural forms", () => {
		const { articleAge } = uiStrings('ar');
		expect([1, 2, 3, 10, 11, 100].map(articleAge)).toEqual([
			'مضى على هذا المقال أكثر من سنة',
			'مضى على هذا المقال أكثر من سنتين',
			'مضى على هذا المقال أكثر من 3 سنوات',
			'مضى على هذا المقال أكثر من 10 سنوات',
			'مضى على هذا المقال أكثر من 11 سنة',
			'مضى على هذا المقال أكثر من 100 سنة',
		]);
	});
});

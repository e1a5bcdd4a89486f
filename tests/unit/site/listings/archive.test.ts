import { describe, expect, it } from 'vitest';
import {
	groupByMonth,
	monthName,
	type DatedRef,
} from '../../../../src/lib/site/listings/archive.ts';
import { calendarDay, resolveDate } from '../../../../src/lib/core/dates.ts';

function ref(slug: string, pubDate: string, timeZone = 'UTC'): DatedRef {
	return { slug, meta: { pubDate: resolveDate(pubDate, timeZone) } };
}

describe('calendarDay', () => {
	it('takes a calendar date as written, whatever the zone', () => {
		expect(calendarDay(resolveDate('2024-03-01', 'Asia/Baghdad'), 'Asia/Baghdad')).toEqual({
			year: 2024,
			month: 3,
			day: 1,
		});
	});

	it('puts a date-time on the day it was in the zone', () => {
		const lateMarch = resolveDate('2024-03-31T23:30:00Z', 'UTC');
		expect(calendarDay(lateMarch, 'UTC')).toEqual({ year: 2024, month: 3, day: 31 });
		expect(calendarDay(lateMarch, 'Asia/Baghdad')).toEqual({ year: 2024, month: 4, day: 1 });
		expect(calendarDay(lateMarch, 'America/New_York')).toEqual({ year: 2024, month: 3, day: 31 });
	});
});

describe('groupByMonth', () => {
	// Newest first, as pages get them.
	const articles = [
		ref('new-year', '2025-01-01T00:30:00+03:00'),
		ref('may', '2024-05-18'),
		ref('april-late', '2024-04-10'),
		ref('april-early', '2024-04-02T09:00:00Z'),
		ref('march', '2024-03-20T07:30:00Z'),
		ref('embassy', '2019-12-31'),
	];

	it('groups by year and month, newest first, keeping the articles in order', () => {
		const years = groupByMonth(articles, 'UTC');
		expect(
			years.map(({ year, count, months }) => ({
				year,
				count,
				months: months.map(({ month, articles: list }) => [month, list.map((a) => a.slug)]),
			})),
		).toEqual([
			// 00:30 in Baghdad on January 1 is still December 31 in UTC.
			{
				year: 2024,
				count: 5,
				months: [
					[12, ['new-year']],
					[5, ['may']],
					[4, ['april-late', 'april-early']],
					[3, ['march']],
				],
			},
			{ year: 2019, count: 1, months: [[12, ['embassy']]] },
		]);
	});

	it('reads dates in the site time zone', () => {
		const years = groupByMonth(articles, 'Asia/Baghdad');
		expect(years.map((year) => year.year)).toEqual([2025, 2024, 2019]);
		expect(years[0]?.months[0]?.articles.map((a) => a.slug)).toEqual(['new-year']);
	});

	it('is empty for no articles', () => {
		expect(groupByMonth([], 'UTC')).toEqual([]);
	});

	it('counts every article once', () => {
		const years = groupByMonth(articles, 'UTC');
		expect(years.reduce((sum, year) => sum + year.count, 0)).toBe(articles.length);
	});
});

describe('monthName', () => {
	it('names a month for the reader', () => {
		expect(monthName(2024, 3, 'en')).toBe('March 2024');
		expect(monthName(2024, 12, 'en', false)).toBe('December');
	});
});

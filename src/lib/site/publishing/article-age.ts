import type { ArticleDate } from '../../core/dates.ts';

/** An article this many whole years old (or more) says so above its headline. */
export const AGE_LABEL_FROM_YEARS = 1;

const calendars = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in `timeZone`, as `[year, month, day]`. */
function calendarDate(epochMs: number, timeZone: string): [number, number, number] {
	let format = calendars.get(timeZone);
	if (format === undefined) {
		format = new Intl.DateTimeFormat('en-US', {
			timeZone,
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
		});
		calendars.set(timeZone, format);
	}
	const parts = Object.fromEntries(
		format.formatToParts(epochMs).map((part) => [part.type, Number(part.value)]),
	) as Record<string, number>;
	return [parts['year'] ?? 0, parts['month'] ?? 0, parts['day'] ?? 0];
}

/** The last `now` asked for, in its zone: a build asks with its one build time for every article. */
let lastToday: { now: number; timeZone: string; date: [number, number, number] } | undefined;

function today(now: number, timeZone: string): [number, number, number] {
	if (lastToday?.now !== now || lastToday.timeZone !== timeZone)
		lastToday = { now, timeZone, date: calendarDate(now, timeZone) };
	return lastToday.date;
}

/**
 * How many whole years have passed from `date` to `now`, by the calendar of `timeZone` (an
 * article of 31 December 2019 is 5 years old on 30 December 2025 and 6 on the 31st); 0 for a
 * date not yet a year old, or in the future.
 */
export function wholeYearsSince(date: ArticleDate, now: number, timeZone: string): number {
	const [fromYear, fromMonth, fromDay] = calendarDate(date.epochMs, timeZone);
	const [year, month, day] = today(now, timeZone);
	const beforeAnniversary = month < fromMonth || (month === fromMonth && day < fromDay);
	return Math.max(0, year - fromYear - (beforeAnniversary ? 1 : 0));
}

/**
 * How many whole years old an article is for its age label, by its last update (`updatedDate`,
 * else `pubDate`) at build time; `undefined` when it is younger than `AGE_LABEL_FROM_YEARS`.
 */
export function articleAgeYears(
	meta: { pubDate: ArticleDate; updatedDate?: ArticleDate | undefined },
	now: number,
	timeZone: string,
): number | undefined {
	const years = wholeYearsSince(meta.updatedDate ?? meta.pubDate, now, timeZone);
	return years >= AGE_LABEL_FROM_YEARS ? years : undefined;
}

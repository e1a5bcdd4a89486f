/**
 * Rules about dates that every layer shares: the two forms an author may write a date in, and how
 * each resolves to an instant in the site's time zone.
 */

/**
 * A resolved date. `iso` is what `<time datetime>` carries: `2019-12-31` for a calendar date,
 * the date-time as written (with its offset) otherwise. `epochMs` orders articles.
 */
export interface ArticleDate {
	/** `YYYY-MM-DD` for a calendar date, or the date-time as written (with offset). */
	iso: string;
	/** Whether the author gave a time of day; a calendar date is never shown with one. */
	hasTime: boolean;
	/** Milliseconds since the epoch; a calendar date counts from its midnight in the site's zone. */
	epochMs: number;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_NO_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** What a date field expects, in the words of a problem message. */
export const DATE_EXPECTED =
	'expected a date (2019-12-31) or a date-time with offset (2019-12-31T14:05:00Z)';

/**
 * Why `value` is not a date an author may write, or `undefined` when it is one: a calendar date
 * (`2019-12-31`, read in the site's time zone) or a date-time with an offset
 * (`2019-12-31T14:05:00Z`). A date-time without an offset is ambiguous and rejected.
 */
export function dateInputProblem(value: string): string | undefined {
	if (
		DATE_ONLY.test(value)
			? isRealCalendarDate(value)
			: DATE_TIME_WITH_OFFSET.test(value) && !Number.isNaN(Date.parse(value))
	)
		return undefined;
	return DATE_TIME_NO_OFFSET.test(value)
		? 'expected a date-time with an offset such as "Z" or "+03:00" (2019-12-31T14:05:00Z): without one the time is ambiguous'
		: DATE_EXPECTED;
}

/**
 * Why `value` is not a date-time an author may write where a moment is needed (live coverage, a
 * live update), or `undefined` when it is one: a date-time with an offset, never a calendar date.
 */
export function dateTimeInputProblem(value: string): string | undefined {
	return (
		dateInputProblem(value) ??
		(DATE_ONLY.test(value)
			? 'expected a date-time with an offset (2019-12-31T14:05:00+03:00), not a calendar date'
			: undefined)
	);
}

function isRealCalendarDate(value: string): boolean {
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * Resolves a validated date input (`2019-12-31` or `2019-12-31T14:05:00Z`). A calendar date
 * counts from its midnight in `timeZone`, so articles of one day sort together.
 */
export function resolveDate(input: string, timeZone: string): ArticleDate {
	if (input.length === 10) {
		const [year, month, day] = input.split('-').map(Number) as [number, number, number];
		return { iso: input, hasTime: false, epochMs: zonedMidnight(year, month, day, timeZone) };
	}
	return { iso: input, hasTime: true, epochMs: Date.parse(input) };
}

function zonedMidnight(year: number, month: number, day: number, timeZone: string): number {
	const utcGuess = Date.UTC(year, month - 1, day);
	const first = utcGuess - offsetMs(utcGuess, timeZone);
	// A second pass settles days on which the offset changes (daylight saving).
	return utcGuess - offsetMs(first, timeZone);
}

// Building a DateTimeFormat costs more than using one, and an archive resolves thousands of dates.
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
	let formatter = partsFormatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
		});
		partsFormatters.set(timeZone, formatter);
	}
	return formatter;
}

/** The offset of `timeZone` from UTC at `epochMs`, in milliseconds. */
export function offsetMs(epochMs: number, timeZone: string): number {
	const parts = partsFormatter(timeZone).formatToParts(new Date(epochMs));
	const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
	const asUtc = Date.UTC(
		get('year'),
		get('month') - 1,
		get('day'),
		get('hour'),
		get('minute'),
		get('second'),
	);
	return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/** A day of the calendar: `month` 1–12. */
export interface CalendarDay {
	year: number;
	month: number;
	day: number;
}

/**
 * The calendar day `date` falls on in `timeZone`: a calendar date is its own day, a date-time
 * the day it was in the site's zone (`2024-03-31T23:30:00Z` is April 1 in Baghdad).
 */
export function calendarDay(date: ArticleDate, timeZone: string): CalendarDay {
	if (!date.hasTime) {
		const [year, month, day] = date.iso.slice(0, 10).split('-').map(Number) as [
			number,
			number,
			number,
		];
		return { year, month, day };
	}
	const parts = partsFormatter(timeZone).formatToParts(new Date(date.epochMs));
	const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
	return { year: get('year'), month: get('month'), day: get('day') };
}

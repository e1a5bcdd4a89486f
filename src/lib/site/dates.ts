import type { ArticleDate } from '../article/schema.ts';

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

// Arabic news sites mostly print the digits 0–9, and so do our Arabic articles' own texts. CLDR
// made them the default for a bare `ar` only in version 42 (ICU 72); older engines print ٠–٩.
// Naming the numbering system keeps the dates the same whatever ICU the build runs on. A regional
// tag (`ar-EG`, `ar-SA`) keeps its region's own digits, and `-u-nu-…` overrides either.
const LATIN_DIGITS: ReadonlySet<string> = new Set(['ar']);

/**
 * The locale to format dates and numbers for readers of `lang`: `lang` itself, with the Latin
 * digits for a bare `ar` (`ar-u-nu-latn`).
 */
export function displayLocale(lang: string): string {
	const locale = new Intl.Locale(lang);
	if (
		locale.numberingSystem !== undefined ||
		locale.region !== undefined ||
		!LATIN_DIGITS.has(locale.language)
	)
		return lang;
	return new Intl.Locale(lang, { numberingSystem: 'latn' }).toString();
}

/**
 * Formats a date for readers in `locale`. A calendar date shows the day alone (no invented
 * time); a date-time shows the time in `timeZone`, with the zone named.
 */
export function formatArticleDate(date: ArticleDate, locale: string, timeZone: string): string {
	if (!date.hasTime) {
		// The calendar date as written, whatever the zone: format it at UTC noon.
		return readerFormatter(locale, 'UTC', false).format(new Date(`${date.iso}T12:00:00Z`));
	}
	return readerFormatter(locale, timeZone, true).format(new Date(date.epochMs));
}

// Listings format thousands of dates in a handful of languages and zones; a formatter costs
// a tenth of a millisecond to build and nothing to reuse.
const readerFormatters = new Map<string, Intl.DateTimeFormat>();

function readerFormatter(locale: string, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
	const key = `${locale}\0${timeZone}\0${String(withTime)}`;
	let formatter = readerFormatters.get(key);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(
			displayLocale(locale),
			withTime
				? // dateStyle cannot be combined with timeZoneName, so the parts are named one by one.
					{
						year: 'numeric',
						month: 'long',
						day: 'numeric',
						hour: 'numeric',
						minute: '2-digit',
						timeZone,
						timeZoneName: 'short',
					}
				: { dateStyle: 'long', timeZone },
		);
		readerFormatters.set(key, formatter);
	}
	return formatter;
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

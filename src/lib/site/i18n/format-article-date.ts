import type { ArticleDate } from '../../core/dates.ts';

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
	let found = displayLocales.get(lang);
	if (found === undefined) {
		const locale = new Intl.Locale(lang);
		found =
			locale.numberingSystem !== undefined ||
			locale.region !== undefined ||
			!LATIN_DIGITS.has(locale.language)
				? lang
				: new Intl.Locale(lang, { numberingSystem: 'latn' }).toString();
		displayLocales.set(lang, found);
	}
	return found;
}

// Asked for by every date on every page: a Locale costs far more to build than a lookup.
const displayLocales = new Map<string, string>();

/**
 * Formats a date for readers in `locale`. A calendar date shows the day alone (no invented
 * time); a date-time shows the time in `timeZone`, with the zone named.
 */
export function formatArticleDate(date: ArticleDate, locale: string, timeZone: string): string {
	const key = `${date.iso}\0${locale}\0${timeZone}`;
	let formatted = formattedDates.get(key);
	if (formatted === undefined) {
		formatted = formatDate(date, locale, timeZone);
		formattedDates.set(key, formatted);
	}
	return formatted;
}

// A date is shown on its article, in listings and in related lists: formatted once a build.
const formattedDates = new Map<string, string>();

function formatDate(date: ArticleDate, locale: string, timeZone: string): string {
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

import type { ArticleMeta } from '../../article/article-schema.ts';
import { calendarDay } from '../../core/dates.ts';
import { displayLocale } from '../i18n/format-article-date.ts';

/** What the archive needs of an article: its slug and publication date. */
export interface DatedRef {
	slug: string;
	meta: Pick<ArticleMeta, 'pubDate'>;
}

/** The articles of one month of one year, newest first. */
export interface ArchiveMonth<T> {
	year: number;
	/** 1–12. */
	month: number;
	articles: T[];
}

/** One year of the archive: its months, newest first, and how many articles it holds. */
export interface ArchiveYear<T> {
	year: number;
	count: number;
	months: ArchiveMonth<T>[];
}

/**
 * Groups `articles` (newest first, as pages get them) by the year and month of publication in
 * `timeZone`, the site's zone: years and months newest first, each keeping the articles' order.
 */
export function groupByMonth<T extends DatedRef>(
	articles: readonly T[],
	timeZone: string,
): ArchiveYear<T>[] {
	const months = new Map<string, ArchiveMonth<T>>();
	for (const article of articles) {
		const { year, month } = calendarDay(article.meta.pubDate, timeZone);
		const key = `${String(year)}-${String(month)}`;
		const entry = months.get(key) ?? { year, month, articles: [] };
		entry.articles.push(article);
		months.set(key, entry);
	}
	const years = new Map<number, ArchiveYear<T>>();
	const newestFirst = [...months.values()].sort((a, b) => b.year - a.year || b.month - a.month);
	for (const month of newestFirst) {
		const year = years.get(month.year) ?? { year: month.year, count: 0, months: [] };
		year.months.push(month);
		year.count += month.articles.length;
		years.set(month.year, year);
	}
	return [...years.values()];
}

/** The name of a month for readers of `locale` (`March 2024`), or of the month alone (`March`). */
export function monthName(year: number, month: number, locale: string, withYear = true): string {
	const key = `${locale}\0${String(withYear)}`;
	let format = monthFormats.get(key);
	if (format === undefined) {
		format = new Intl.DateTimeFormat(displayLocale(locale), {
			month: 'long',
			...(withYear ? { year: 'numeric' } : {}),
			timeZone: 'UTC',
		});
		monthFormats.set(key, format);
	}
	return format.format(new Date(Date.UTC(year, month - 1, 15)));
}

// The archive names thousands of months in one or two languages.
const monthFormats = new Map<string, Intl.DateTimeFormat>();

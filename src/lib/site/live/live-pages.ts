import { offsetMs, type ArticleDate } from '../../core/dates.ts';
import type { LiveUpdate, Part } from '../../article/article-schema.ts';
import { partText } from '../blocks/part-text.ts';
import { formatArticleDate } from '../i18n/format-article-date.ts';
import { paginationLinks, type PaginationLinks } from '../listings/pagination.ts';
import { articlePath, withBase } from '../urls.ts';

/** How many updates a live page shows; older ones go to `/articles/<slug>/page/2/` and on. */
export const LIVE_PAGE_SIZE = 30;

/** What a live page needs of an update besides its parts. */
export type UpdateHead = Pick<LiveUpdate, 'id' | 'time' | 'key' | 'title'>;

/**
 * The base-aware path of page `page` of a live article: its article page, then
 * `/articles/<slug>/page/2/`…
 */
export function livePagePath(slug: string, page: number, base = '/'): string {
	const first = articlePath(slug, base);
	return page > 1 ? `${first}page/${String(page)}/` : first;
}

/** The base-aware path of a live article's Atom feed of updates, beside its page. */
export function updatesFeedPath(slug: string, base = '/'): string {
	return `${articlePath(slug, base)}updates.xml`;
}

/** How many pages a live article's updates fill (at least one: the first page holds the summary). */
export function livePageCount(updates: number): number {
	return Math.max(1, Math.ceil(updates / LIVE_PAGE_SIZE));
}

/**
 * The pages of a live article's updates after its article page (2, 3…), each a page of its own
 * (`/articles/<slug>/page/2/`); none while they fit on the article page.
 */
export function laterLivePages(live: { updates: readonly unknown[] }): number[] {
	return Array.from({ length: livePageCount(live.updates.length) - 1 }, (_, index) => index + 2);
}

/** The 1-based page that holds the update at `index` of the newest-first list. */
export function pageOfUpdate(index: number): number {
	return Math.floor(index / LIVE_PAGE_SIZE) + 1;
}

/** The updates page `page` shows, newest first. */
export function updatesOnPage<T>(updates: readonly T[], page: number): T[] {
	return updates.slice((page - 1) * LIVE_PAGE_SIZE, page * LIVE_PAGE_SIZE);
}

/** The base-aware URL path of an update's permalink: the page that holds it, and its fragment. */
export function updatePath(slug: string, index: number, id: string, base = '/'): string {
	return `${livePagePath(slug, pageOfUpdate(index), base)}#${id}`;
}

/** A key event, as the "Key events" list links to it. */
export interface KeyEvent {
	/** The update's id (its fragment). */
	id: string;
	/** Its title. */
	title: string;
	/** When it was posted. */
	time: ArticleDate;
	/** The base-aware path of its permalink, on whichever page holds it. */
	href: string;
}

/** The key events of a live article, newest first, each linking to the page that holds it. */
export function keyEvents(slug: string, updates: readonly UpdateHead[], base = '/'): KeyEvent[] {
	return updates.flatMap((update, index) =>
		update.key && update.title !== undefined
			? [
					{
						id: update.id,
						title: update.title,
						time: update.time,
						href: updatePath(slug, index, update.id, base),
					},
				]
			: [],
	);
}

/** The newest update's time, or `undefined` before the first update. */
export function lastUpdate(live: {
	updates: readonly Pick<LiveUpdate, 'time'>[];
}): ArticleDate | undefined {
	return live.updates[0]?.time;
}

/** What a page of a live article shows of its coverage around its own page of updates. */
export interface LiveView<U> {
	/** This page's updates, newest first. */
	updates: U[];
	/** Every key event of the coverage, newest first, each linking to the page that holds it. */
	keyEvents: KeyEvent[];
	/** When the coverage ended; absent while it runs. */
	ended?: ArticleDate | undefined;
	/** The newest update's time; absent before the first. */
	lastUpdated?: ArticleDate | undefined;
	/** This page's own link, which the reload link points at. */
	reloadHref: string;
	/** The base-aware path of the updates' Atom feed. */
	feed: string;
	/** Links to the pages of updates (a pagination of one page shows nothing). */
	pagination: PaginationLinks;
}

/**
 * The coverage page `page` of a live article shows. Its links to pages of the coverage (key
 * events, reload, pagination) are `pageHref` of each one's site-absolute path: the full page
 * under `base` by default; the text-only edition gives its own pages. The feed is the site's.
 */
export function liveView<U extends UpdateHead>(
	slug: string,
	live: { end?: ArticleDate | undefined; updates: readonly U[] },
	page: number,
	base = '/',
	pageHref: (path: string) => string = (path) => withBase(path, base),
): LiveView<U> {
	return {
		updates: updatesOnPage(live.updates, page),
		keyEvents: keyEvents(slug, live.updates).map((event) => ({
			...event,
			href: pageHref(event.href),
		})),
		ended: live.end,
		lastUpdated: lastUpdate(live),
		reloadHref: pageHref(livePagePath(slug, page)),
		feed: updatesFeedPath(slug, base),
		pagination: paginationLinks(page, livePageCount(live.updates.length), (other) =>
			pageHref(livePagePath(slug, other)),
		),
	};
}

/**
 * What sitemaps and structured data date an article by: its `pubDate`, and as `updatedDate` its
 * own or, for a live article, its newest update's time when that is later.
 */
export function datedMeta<
	M extends { pubDate: ArticleDate; updatedDate?: ArticleDate | undefined },
>(meta: M, live: { updates: readonly Pick<LiveUpdate, 'time'>[] } | undefined): M {
	const last = live === undefined ? undefined : lastUpdate(live);
	const own = meta.updatedDate ?? meta.pubDate;
	return last === undefined || last.epochMs <= own.epochMs ? meta : { ...meta, updatedDate: last };
}

/**
 * An instant as an ISO 8601 date-time in `timeZone`, with that zone's offset
 * (`2019-12-31T14:05:00+03:00`): what `<time datetime>` carries on a live page, so the machine
 * reading agrees with the time shown.
 */
export function zonedIso(epochMs: number, timeZone: string): string {
	const offset = offsetMs(epochMs, timeZone);
	const local = new Date(Math.floor(epochMs / 1000) * 1000 + offset).toISOString().slice(0, 19);
	if (offset === 0) return `${local}Z`;
	const minutes = Math.abs(offset) / 60_000;
	const sign = offset < 0 ? '-' : '+';
	const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
	const mm = String(minutes % 60).padStart(2, '0');
	return `${local}${sign}${hh}:${mm}`;
}

/**
 * An instant as a live page shows it: the `datetime` of its `<time>`, in `timeZone` with that
 * zone's offset (`zonedIso`), and its text, formatted in `lang`.
 */
export function liveTime(
	date: ArticleDate,
	lang: string,
	timeZone: string,
): { datetime: string; text: string } {
	return {
		datetime: zonedIso(date.epochMs, timeZone),
		text: formatArticleDate(date, lang, timeZone),
	};
}

/**
 * An update's headline: its title, else the start of its text (at most `max` characters, cut at
 * a word), for JSON-LD and feed entries, which need one.
 */
export function updateHeadline(
	update: Pick<LiveUpdate, 'title'> & { parts: readonly Part[] },
	max = 110,
): string {
	if (update.title !== undefined) return update.title;
	const text = update.parts
		.map((part) => (part.kind === 'html' ? partText(part) : ''))
		.join(' ')
		.replace(/\s+/g, ' ')
		.trim();
	if (text.length <= max) return text;
	// The ellipsis takes the place of the space (or the letter) at which the text is cut.
	const cut = text.slice(0, max);
	const space = cut.lastIndexOf(' ');
	return `${space > max / 2 ? cut.slice(0, space) : cut.slice(0, max - 1)}…`;
}

import type { UiStrings } from '../i18n/strings.ts';

/** One entry of a pagination list: a page number with its address, or a gap (`…`). */
export type PageLink = { page: number; href: string; current: boolean } | { gap: true };

/** The links a listing page needs to reach its neighbours. */
export interface PaginationLinks {
	/** The previous page's address; undefined on the first page. */
	prev: string | undefined;
	/** The next page's address; undefined on the last page. */
	next: string | undefined;
	/** The first and last pages and those around the current one, with gaps between. */
	pages: PageLink[];
}

/**
 * What a pagination's landmark and its newer and older links are called, when what is paged is
 * not a listing's articles (a live page's updates).
 */
export interface PaginationNames {
	landmark: string;
	newer: string;
	older: string;
}

/** What a pagination component (the full page's or the text-only edition's) is given. */
export interface PaginationProps {
	/** The listing's links (`paginationLinks`), base-aware. */
	links: PaginationLinks;
	/** Interface strings: the landmark's name, the newer and older links, a page number's name. */
	strings: UiStrings;
	/** Names for what is paged when it is not a listing's articles (a live page's updates). */
	names?: PaginationNames | undefined;
}

/**
 * What a pagination's landmark and its newer and older links are called: `names` when given,
 * else the names of a listing's pages of articles in `strings`.
 */
export function paginationNames(
	strings: Pick<UiStrings, 'pagination' | 'previousPage' | 'nextPage'>,
	names?: PaginationNames,
): PaginationNames {
	return (
		names ?? { landmark: strings.pagination, newer: strings.previousPage, older: strings.nextPage }
	);
}

/** Whether `links` lead anywhere: a listing of one page shows no pagination. */
export function hasOtherPages(links: Pick<PaginationLinks, 'prev' | 'next'>): boolean {
	return links.prev !== undefined || links.next !== undefined;
}

/**
 * Links of page `current` of `last` pages, each address from `pathOf(page)`. Long listings show
 * a window around the current page rather than hundreds of numbers.
 */
export function paginationLinks(
	current: number,
	last: number,
	pathOf: (page: number) => string,
	around = 2,
): PaginationLinks {
	if (!Number.isInteger(current) || !Number.isInteger(last) || current < 1 || current > last) {
		throw new RangeError(`expected a page from 1 to ${String(last)}, found ${String(current)}`);
	}
	const shown = new Set([1, last]);
	for (let page = current - around; page <= current + around; page++) {
		if (page >= 1 && page <= last) shown.add(page);
	}
	const pages: PageLink[] = [];
	let previous = 0;
	for (const page of [...shown].sort((a, b) => a - b)) {
		if (page - previous > 1) pages.push({ gap: true });
		pages.push({ page, href: pathOf(page), current: page === current });
		previous = page;
	}
	return {
		prev: current > 1 ? pathOf(current - 1) : undefined,
		next: current < last ? pathOf(current + 1) : undefined,
		pages,
	};
}

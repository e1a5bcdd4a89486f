import type { ArticleMeta } from '../../article/article-schema.ts';
import { archivePath, authorPath, homePath, topicPath } from '../urls.ts';
import { groupByMonth } from './archive.ts';
import { articlesByAuthor, type AuthorRef } from './authors.ts';
import { frontPage, type FrontPage, type FrontPageOptions } from './front-page.ts';
import { collectTopics, type Topic } from './topics.ts';

/** What the listings need of an article. */
export interface ListedRef {
	slug: string;
	meta: Pick<ArticleMeta, 'tags' | 'pubDate' | 'lang' | 'authors'>;
}

/** One page of a listing: where it is, its place among the listing's pages, and its articles. */
export interface ListingPage<T> {
	/** Site-absolute path without base (`/topics/iraq/2/`). */
	path: string;
	/** 1-based. */
	currentPage: number;
	/** The listing's number of pages (at least 1). */
	lastPage: number;
	/** This page's articles, newest first. */
	articles: T[];
}

/** A topic as its pages show it: its name is spelt, and in the language, of its newest article. */
export interface ListedTopic extends Topic {
	/** The language of the topic's name (its newest article's). */
	lang: string;
}

/** Every listing of the site, each cut into pages: what every listing route and the sitemaps read. */
export interface SiteListings<T, A extends AuthorRef = AuthorRef> {
	/**
	 * The latest articles: `/`, `/page/2/`… (one page even when there is no article). With a
	 * front page, these are the articles after its top stories.
	 */
	home: ListingPage<T>[];
	/** What the first home page shows above its list, when the site has a front page. */
	front?: FrontPage<T> | undefined;
	/** Each author (in the order given), with the pages of their articles (one even when none). */
	authors: { author: A; pages: ListingPage<T>[] }[];
	/** Each topic, sorted by name for the site's language, with its pages. */
	topics: { topic: ListedTopic; pages: ListingPage<T>[] }[];
	/** The archive: each year (newest first) with its months (newest first) and their pages. */
	years: {
		year: number;
		/** Articles published that year. */
		count: number;
		months: { month: number; pages: ListingPage<T>[] }[];
	}[];
}

/** How the site lists its articles. */
export interface ListingOptions {
	/** Articles a page. */
	pageSize: number;
	/** The site's language: topics sort by name for its readers. */
	locale: string;
	/** The site's time zone: an article belongs to the month it was published in there. */
	timeZone: string;
	/** The home page's front: without it, the home page lists every article in order. */
	frontPage?: FrontPageOptions | undefined;
	/**
	 * Site-absolute path the listings are under, without base: `/` for the default edition,
	 * `/ar/` for the Arabic one (its front page, `/ar/topics/…`, `/ar/archive/…`). Default `/`.
	 */
	root?: string | undefined;
}

/**
 * Cuts `items` into pages of `pageSize`, each with the path `pathOf(page)`. An empty list is one
 * empty page when `keepEmpty` (the home page says there is nothing yet), else no page.
 */
export function paginate<T>(
	items: readonly T[],
	pageSize: number,
	pathOf: (page: number) => string,
	keepEmpty = false,
): ListingPage<T>[] {
	if (items.length === 0)
		return keepEmpty ? [{ path: pathOf(1), currentPage: 1, lastPage: 1, articles: [] }] : [];
	const lastPage = Math.ceil(items.length / pageSize);
	return Array.from({ length: lastPage }, (_, index) => ({
		path: pathOf(index + 1),
		currentPage: index + 1,
		lastPage,
		articles: items.slice(index * pageSize, (index + 1) * pageSize),
	}));
}

/**
 * Every listing of the site from its published articles (newest first): the one table the home,
 * topic and month routes, the topics index, the archive and the sitemaps all read, so a page
 * is never listed by one and built by another.
 */
export function siteListings<T extends ListedRef, A extends AuthorRef = AuthorRef>(
	articles: readonly T[],
	options: ListingOptions,
	authors: readonly A[] = [],
): SiteListings<T, A> {
	const root = options.root ?? '/';
	const bySlug = new Map(articles.map((article) => [article.slug, article]));
	const topics = collectTopics(articles, options.locale).map((topic) => {
		const listed = topic.articles.flatMap((slug) => bySlug.get(slug) ?? []);
		return {
			topic: { ...topic, lang: listed[0]?.meta.lang ?? options.locale },
			pages: paginate(listed, options.pageSize, (page) => topicPath(topic.slug, root, page)),
		};
	});
	const years = groupByMonth(articles, options.timeZone).map(({ year, count, months }) => ({
		year,
		count,
		months: months.map(({ month, articles: inMonth }) => ({
			month,
			pages: paginate(inMonth, options.pageSize, (page) => archivePath(root, year, month, page)),
		})),
	}));
	const front =
		options.frontPage === undefined ? undefined : frontPage(articles, options.frontPage);
	return {
		home: paginate(front?.rest ?? articles, options.pageSize, (page) => homePath(root, page), true),
		front: front?.front,
		authors: authorListings(articles, authors, options.pageSize),
		topics,
		years,
	};
}

/**
 * Each author (in the order given) with the pages of their articles (one even when none), at
 * `/authors/<id>/`: author pages are the site's, not an edition's, and list every language.
 */
export function authorListings<T extends ListedRef, A extends AuthorRef>(
	articles: readonly T[],
	authors: readonly A[],
	pageSize: number,
): { author: A; pages: ListingPage<T>[] }[] {
	const byAuthor = articlesByAuthor(articles, authors);
	return authors.map((author) => ({
		author,
		pages: paginate(
			byAuthor.get(author.id) ?? [],
			pageSize,
			(page) => authorPath(author.id, '/', page),
			true,
		),
	}));
}

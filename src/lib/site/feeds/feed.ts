import type { ArticleDate } from '../../core/dates.ts';
import type { ArticleMeta } from '../../article/article-schema.ts';
import { topicPath } from '../urls.ts';
import { el, serializeXml, xmlChars, type XmlElement } from './xml.ts';

/**
 * How many articles a feed carries, newest first. A feed is polled again and again by every
 * subscriber and each item holds an article's full text (several KB); readers only need what
 * is new since they last looked. 50 covers more than a busy day site-wide; a topic moves more
 * slowly, and there are many topic feeds to write, so 20; an author's feed (Atom only) as a topic's.
 */
export const FEED_LIMITS = { site: 50, topic: 20, author: 20 } as const;

/** The three formats, each with its file name (the same at the site root and per topic) and type. */
export const FEED_FORMATS = [
	{ format: 'rss', file: 'rss.xml', type: 'application/rss+xml', label: 'RSS' },
	{ format: 'atom', file: 'atom.xml', type: 'application/atom+xml', label: 'Atom' },
	{ format: 'json', file: 'feed.json', type: 'application/feed+json', label: 'JSON Feed' },
] as const;

export type FeedFormat = (typeof FEED_FORMATS)[number]['format'];

/**
 * The site-absolute path (without base) of a feed file: `/rss.xml` for the site, or beside a
 * topic's page, `/topics/<slug>/rss.xml` (the slug percent-encoded, as `topicPath` makes it);
 * under an edition's `root` (`/ar/rss.xml`, `/ar/topics/<slug>/rss.xml`).
 */
export function feedPath(format: FeedFormat, topicSlug?: string, root = '/'): string {
	const { file } = FEED_FORMATS.find((entry) => entry.format === format) ?? FEED_FORMATS[0];
	return `${topicSlug === undefined ? root : topicPath(topicSlug, root)}${file}`;
}

/** One entry of a feed, whatever the format. */
export interface FeedItem {
	/** Absolute URL of the article page; also the item's permanent id. */
	url: string;
	title: string;
	/** The standfirst. */
	summary: string;
	/** The full text as HTML, with absolute URLs (`feedContentHtml`). */
	contentHtml: string;
	/** First publication. */
	published: ArticleDate;
	/** Last update: `updatedDate`, else `pubDate`. */
	updated: ArticleDate;
	authors: readonly string[];
	/** Topic names. */
	categories: readonly string[];
	/** BCP 47 tag of the article. */
	lang: string;
}

/** A feed: what it is about and where it lives. */
export interface FeedMeta {
	title: string;
	description: string;
	/** BCP 47 tag of the feed (the site's default language). */
	lang: string;
	/** Absolute URL of the HTML page the feed follows (the home page, a topic page). */
	pageUrl: string;
	/** Absolute URL of this feed file. */
	selfUrl: string;
}

/** The item for an article, given its absolute URL and its content HTML. */
export function feedItem(
	meta: Pick<
		ArticleMeta,
		'title' | 'description' | 'pubDate' | 'updatedDate' | 'authors' | 'tags' | 'lang'
	>,
	url: string,
	contentHtml: string,
): FeedItem {
	return {
		url,
		title: meta.title,
		summary: meta.description,
		contentHtml,
		published: meta.pubDate,
		updated: meta.updatedDate ?? meta.pubDate,
		authors: meta.authors,
		categories: meta.tags,
		lang: meta.lang,
	};
}

/**
 * An RFC 3339 date-time (what Atom and JSON Feed require) for a resolved date. A calendar date
 * (`2019-12-31`) has no time of day, so it becomes the instant it counts from (its midnight in
 * the site's time zone), in UTC; whole seconds drop the `.000`.
 */
export function rfc3339(date: ArticleDate): string {
	return new Date(date.epochMs).toISOString().replace('.000Z', 'Z');
}

/** The latest `updated` among `items`: the feed's own `updated`, so a rebuild changes nothing. */
function newestUpdate(items: readonly FeedItem[]): ArticleDate | undefined {
	return items.reduce<ArticleDate | undefined>(
		(newest, item) =>
			newest === undefined || item.updated.epochMs > newest.epochMs ? item.updated : newest,
		undefined,
	);
}

function sameLanguage(a: string, b: string): boolean {
	return a.toLowerCase() === b.toLowerCase();
}

/**
 * The Atom 1.0 document (RFC 4287). `updated` is the newest item's, or the epoch for a feed
 * with no items (the element is required). An item in another language carries `xml:lang`.
 */
export function atomFeed(meta: FeedMeta, items: readonly FeedItem[]): string {
	const updated = newestUpdate(items);
	const entries = items.map((item): XmlElement =>
		el(
			'entry',
			{ 'xml:lang': sameLanguage(item.lang, meta.lang) ? undefined : item.lang },
			el('id', {}, item.url),
			el('title', { type: 'text' }, item.title),
			el('link', { rel: 'alternate', type: 'text/html', href: item.url }),
			el('published', {}, rfc3339(item.published)),
			el('updated', {}, rfc3339(item.updated)),
			item.authors.map((name) => el('author', {}, el('name', {}, name))),
			item.categories.map((name) => el('category', { term: name })),
			el('summary', { type: 'text' }, item.summary),
			el('content', { type: 'html' }, item.contentHtml),
		),
	);
	return serializeXml(
		el(
			'feed',
			{ xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': meta.lang },
			el('id', {}, meta.selfUrl),
			el('title', { type: 'text' }, meta.title),
			el('subtitle', { type: 'text' }, meta.description),
			el('updated', {}, updated === undefined ? '1970-01-01T00:00:00Z' : rfc3339(updated)),
			el('link', { rel: 'self', type: 'application/atom+xml', href: meta.selfUrl }),
			el('link', { rel: 'alternate', type: 'text/html', href: meta.pageUrl }),
			entries,
		),
	);
}

/**
 * The JSON Feed 1.1 document. `JSON.stringify` escapes what JSON must; characters XML cannot
 * carry are replaced here too, so the three formats say the same thing. An item in another
 * language carries `language`.
 */
export function jsonFeed(meta: FeedMeta, items: readonly FeedItem[]): string {
	const feed = {
		version: 'https://jsonfeed.org/version/1.1',
		title: meta.title,
		home_page_url: meta.pageUrl,
		feed_url: meta.selfUrl,
		description: meta.description,
		language: meta.lang,
		items: items.map((item) => ({
			id: item.url,
			url: item.url,
			title: item.title,
			summary: item.summary,
			content_html: item.contentHtml,
			date_published: rfc3339(item.published),
			date_modified: rfc3339(item.updated),
			authors: item.authors.map((name) => ({ name })),
			...(item.categories.length > 0 ? { tags: item.categories } : {}),
			...(sameLanguage(item.lang, meta.lang) ? {} : { language: item.lang }),
		})),
	};
	return `${JSON.stringify(feed, (_key, value: unknown) => (typeof value === 'string' ? xmlChars(value) : value), '\t')}\n`;
}

/**
 * The RSS 2.0 document, full text in `content:encoded`. Written here rather than by
 * @astrojs/rss: RSS's own `author` must be an e-mail address, so bylines go in `dc:creator`,
 * which @astrojs/rss only takes as `customData`, a string it parses and writes back with
 * fast-xml-parser's number parsing on (an author named "007" came out as "7", "1e3" as
 * "1000") and with character references escaped twice. `lastBuildDate` is the newest update,
 * so a rebuild changes nothing; `atom:link rel="self"` is what readers and validators expect.
 */
export function rssFeed(meta: FeedMeta, items: readonly FeedItem[]): string {
	const updated = newestUpdate(items);
	return serializeXml(
		el(
			'rss',
			{
				version: '2.0',
				'xmlns:atom': 'http://www.w3.org/2005/Atom',
				'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
				'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
			},
			el(
				'channel',
				{},
				el('title', {}, meta.title),
				el('link', {}, meta.pageUrl),
				el('description', {}, meta.description),
				el('language', {}, meta.lang),
				el('atom:link', { href: meta.selfUrl, rel: 'self', type: 'application/rss+xml' }),
				updated === undefined ? undefined : el('lastBuildDate', {}, rfc822(updated)),
				items.map((item) =>
					el(
						'item',
						{},
						el('title', {}, item.title),
						el('link', {}, item.url),
						el('guid', { isPermaLink: 'true' }, item.url),
						el('description', {}, item.summary),
						el('pubDate', {}, rfc822(item.published)),
						item.authors.map((name) => el('dc:creator', {}, name)),
						item.categories.map((name) => el('category', {}, name)),
						el('content:encoded', {}, item.contentHtml),
					),
				),
			),
		),
	);
}

/** An RFC 822 date-time, as RSS 2.0 wants it (`Sat, 02 Mar 2024 11:05:00 GMT`). */
function rfc822(date: ArticleDate): string {
	return new Date(date.epochMs).toUTCString();
}

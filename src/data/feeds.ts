import type { ImageMetadata } from 'astro';
import type { Article } from '../lib/article/article-schema.ts';
import { openBodyAndUpdateFigures } from '../lib/site/blocks/body-figures.ts';
import { feedBlock, type FeedBlockOptions } from '../lib/site/feeds/feed-block.ts';
import { feedContentHtml } from '../lib/site/feeds/feed-html.ts';
import { uiStrings } from '../lib/site/i18n/strings.ts';
import {
	atomFeed,
	FEED_LIMITS,
	feedItem,
	feedPath,
	jsonFeed,
	rssFeed,
	type FeedFormat,
	type FeedItem,
	type FeedMeta,
} from '../lib/site/feeds/feed.ts';
import type { ListedTopic } from '../lib/site/listings/site-listings.ts';
import { bylineNames, type AuthorRef } from '../lib/site/listings/authors.ts';
import {
	absoluteUrl,
	articlePath,
	authorFeedPath,
	authorPath,
	topicPath,
} from '../lib/site/urls.ts';
import { updateHeadline, updatePath, updatesFeedPath } from '../lib/site/live/live-pages.ts';
import { editions, siteConfig } from '../site.config.ts';
import { editionParam, type Edition } from '../lib/site/editions/editions.ts';
import { loadArticle } from '../loaders/article-body-store.ts';
import { pageCacheKey } from '../lib/site/listings/cache-key.ts';
import type { PublishedImage } from '../lib/site/metadata/json-ld.ts';
import { publishedImage } from './published-image.ts';
import { siteData, type ArticleEntry, type ListedArticle, type SiteData } from './site-data.ts';

const base = import.meta.env.BASE_URL;

// Each article's feed HTML, by body file (named for its digest, so never stale): an article is
// in the site feeds and in each of its topics' feeds, three formats each, and is built once.
const contentCache = new Map<string, Promise<string>>();

function contentOf(entry: ArticleEntry, articleUrl: string, feedLang: string): Promise<string> {
	const { data } = entry;
	// The HTML marks the text's language where it is not the feed's: one per feed language.
	const key = `${data.bodyKey}\0${feedLang}`;
	let content = contentCache.get(key);
	if (content === undefined) {
		content = loadArticle(data).then(async (article) => {
			const blockOptions = await feedBlockOptions(data, article);
			return feedContentHtml(
				{ lead: article.lead.parts, sections: article.sections },
				{
					articleUrl,
					lang: data.meta.lang,
					dir: data.meta.dir,
					feedLang,
					block: (block) => feedBlock(block, blockOptions),
				},
			);
		});
		contentCache.set(key, content);
	}
	return content;
}

// Each article's block options, by body file: its images are published once, whichever feeds
// show it (its topics', the site's, its author's, its updates').
const blockOptionsCache = new Map<string, Promise<FeedBlockOptions>>();

/**
 * What `feedBlock` needs for the blocks of `article` (`data`'s, loaded): the strings of its
 * language, the site's settings, the published file of each image it shows and what each file
 * declares.
 */
function feedBlockOptions(data: ListedArticle, article: Article): Promise<FeedBlockOptions> {
	let options = blockOptionsCache.get(data.bodyKey);
	if (options === undefined) {
		options = publishedImages(article, data.bodyImages ?? {}).then((images) => ({
			strings: uiStrings(data.meta.lang),
			videoPlayerUrl: siteConfig.videoPlayerUrl,
			timeZone: siteConfig.timeZone,
			image: (src) => images.get(src),
			rights: data.imageRights,
		}));
		blockOptionsCache.set(data.bodyKey, options);
	}
	return options;
}

/**
 * The published file (`publishedImage`) of each image the article shows openly, in its body or
 * its updates, by the path it wrote: a feed shows the photograph without a file made for it
 * alone, and never one that the article hides behind a warning.
 */
async function publishedImages(
	article: Article,
	files: Readonly<Record<string, ImageMetadata>>,
): Promise<Map<string, PublishedImage>> {
	const entries = await Promise.all(
		openBodyAndUpdateFigures(article).flatMap(({ src }) => {
			const file = files[src];
			return file === undefined
				? []
				: [publishedImage(file).then((image) => [src, image] as const)];
		}),
	);
	return new Map(entries);
}

async function itemsOf(entries: readonly ArticleEntry[], feedLang: string): Promise<FeedItem[]> {
	const { authorOf } = await siteData();
	return Promise.all(
		entries.map(async (entry) => {
			const url = absoluteUrl(articlePath(entry.data.slug), siteConfig.url, base);
			const { meta } = entry.data;
			const authors = bylineNames(meta.authors, authorOf);
			return feedItem({ ...meta, authors }, url, await contentOf(entry, url, feedLang));
		}),
	);
}

function render(format: FeedFormat, meta: FeedMeta, items: readonly FeedItem[]): Response {
	switch (format) {
		case 'rss':
			return new Response(rssFeed(meta, items), {
				headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
			});
		case 'atom':
			return new Response(atomFeed(meta, items), {
				headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
			});
		case 'json':
			return new Response(jsonFeed(meta, items), {
				headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
			});
	}
}

/**
 * `getStaticPaths` of each edition's feed in `format` (`/rss.xml`, `/ar/rss.xml`...), with a
 * cache key made of what it carries, so an incremental build restores a feed whose articles did
 * not change.
 */
export async function editionFeedPaths(format: FeedFormat): Promise<
	{
		params: { edition: string | undefined };
		props: { edition: Edition };
		cacheKey: string;
	}[]
> {
	const { editionData, authorOf } = await siteData();
	return editions.map((edition) => ({
		params: { edition: editionParam(edition) },
		props: { edition },
		cacheKey: feedCacheKey(
			`${format} feed ${edition.root}`,
			editionData(edition.lang).articles.slice(0, FEED_LIMITS.site),
			authorOf,
		),
	}));
}

/**
 * The cache key of the feed `label` carrying `entries`: each article's slug, its digest and the
 * names its byline shows (an author file can rename an author without touching the article).
 */
function feedCacheKey(
	label: string,
	entries: readonly ArticleEntry[],
	authorOf: SiteData['authorOf'],
): string {
	return pageCacheKey(
		label,
		entries.map(({ id, digest, data }) => [id, digest, bylineNames(data.meta.authors, authorOf)]),
	);
}

/** An edition's feed in `format`: its latest articles, full text, in its language. */
export async function siteFeed(format: FeedFormat, edition: Edition): Promise<Response> {
	const { editionData } = await siteData();
	const entries = editionData(edition.lang).articles.slice(0, FEED_LIMITS.site);
	const meta: FeedMeta = {
		title: siteConfig.title,
		description: edition.description,
		lang: edition.lang,
		pageUrl: absoluteUrl(edition.root, siteConfig.url, base),
		selfUrl: absoluteUrl(feedPath(format, undefined, edition.root), siteConfig.url, base),
	};
	return render(format, meta, await itemsOf(entries, meta.lang));
}

/**
 * `getStaticPaths` of a topic's feed in `format`: one per topic, with the topic as a prop and a
 * cache key made of what the feed carries (the topic's name and the digests of its latest
 * articles), so an incremental build restores the feeds of topics whose articles did not change.
 */
export async function topicFeedPaths(format: FeedFormat): Promise<
	{
		params: { edition: string | undefined; topic: string };
		props: { topic: ListedTopic; edition: Edition };
		cacheKey: string;
	}[]
> {
	const { editions: editionList, bySlug, authorOf } = await siteData();
	return editionList.flatMap(({ edition, listings }) =>
		listings.topics.map(({ topic }) => ({
			params: { edition: editionParam(edition), topic: topic.slug },
			props: { topic, edition },
			cacheKey: feedCacheKey(
				`${format} feed ${JSON.stringify([edition.root, topic.slug, topic.name])}`,
				topic.articles.slice(0, FEED_LIMITS.topic).flatMap((slug) => bySlug.get(slug) ?? []),
				authorOf,
			),
		})),
	);
}

/** A topic's feed in `format`, in its edition: its latest articles, full text. */
export async function topicFeed(
	format: FeedFormat,
	topic: ListedTopic,
	edition: Edition,
): Promise<Response> {
	const { bySlug } = await siteData();
	const entries = topic.articles
		.slice(0, FEED_LIMITS.topic)
		.flatMap((slug) => bySlug.get(slug) ?? []);
	const meta: FeedMeta = {
		title: `${topic.name} | ${siteConfig.title}`,
		description: edition.description,
		lang: edition.lang,
		pageUrl: absoluteUrl(topicPath(topic.slug, edition.root), siteConfig.url, base),
		selfUrl: absoluteUrl(feedPath(format, topic.slug, edition.root), siteConfig.url, base),
	};
	return render(format, meta, await itemsOf(entries, meta.lang));
}

/** `getStaticPaths` of the author feeds: one per author, with the author as a prop. */
export async function authorFeedPaths(): Promise<
	{ params: { author: string }; props: { author: AuthorRef }; cacheKey: string }[]
> {
	const { authorPages, authorOf, bySlug } = await siteData();
	return authorPages.map(({ author, pages }) => ({
		params: { author: author.id },
		props: { author: { id: author.id, name: author.name } },
		// What the feed carries, and the name its title shows.
		cacheKey: feedCacheKey(
			`author feed ${author.id} ${author.name}`,
			authorFeedEntries(pages, bySlug),
			authorOf,
		),
	}));
}

/** The articles of an author's feed, from their listing's pages: their latest, newest first. */
function authorFeedEntries(
	pages: SiteData['authorPages'][number]['pages'],
	bySlug: SiteData['bySlug'],
): ArticleEntry[] {
	return pages
		.flatMap((page) => page.articles)
		.slice(0, FEED_LIMITS.author)
		.flatMap((article) => bySlug.get(article.slug) ?? []);
}

/** An author's Atom feed: their latest articles, full text. */
export async function authorFeed(author: AuthorRef): Promise<Response> {
	const { authorPages, bySlug } = await siteData();
	const pages = authorPages.find((entry) => entry.author.id === author.id)?.pages ?? [];
	const entries = authorFeedEntries(pages, bySlug);
	const meta: FeedMeta = {
		title: `${author.name} | ${siteConfig.title}`,
		description: uiStrings(siteConfig.defaultLang).articlesBy(author.name),
		lang: siteConfig.defaultLang,
		pageUrl: absoluteUrl(authorPath(author.id), siteConfig.url, base),
		selfUrl: absoluteUrl(authorFeedPath(author.id), siteConfig.url, base),
	};
	return render('atom', meta, await itemsOf(entries, meta.lang));
}

/**
 * `getStaticPaths` of the live articles' updates feeds: one per live article, keyed by the
 * article's digest (its updates included), so an incremental build writes only the feed of the
 * article that gained an update.
 */
export async function updatesFeedPaths(): Promise<
	{ params: { slug: string }; props: { entry: ArticleEntry }; cacheKey: string }[]
> {
	const { articles, authorOf } = await siteData();
	return articles.flatMap((entry) =>
		entry.data.live === undefined
			? []
			: [
					{
						params: { slug: entry.id },
						props: { entry },
						cacheKey: pageCacheKey(`updates feed ${entry.digest}`, {
							authors: bylineNames(entry.data.meta.authors, authorOf),
						}),
					},
				],
	);
}

/**
 * A live article's Atom feed of updates (`/articles/<slug>/updates.xml`): every update, newest
 * first, each an entry whose id and link are its permalink, with its full text.
 */
export async function updatesFeed(entry: ArticleEntry): Promise<Response> {
	const { authorOf } = await siteData();
	const article = await loadArticle(entry.data);
	const live = article.live;
	if (live === undefined) throw new Error(`the article ${entry.id} is not live`);
	const { meta } = article;
	const pageUrl = absoluteUrl(articlePath(article.slug), siteConfig.url, base);
	const blockOptions = await feedBlockOptions(entry.data, article);
	const authors = bylineNames(meta.authors, authorOf);
	const items = live.updates.map((update, index): FeedItem => {
		const url = absoluteUrl(updatePath(article.slug, index, update.id), siteConfig.url, base);
		const headline = updateHeadline(update);
		return {
			url,
			title: headline,
			summary: headline,
			contentHtml: feedContentHtml(
				{ lead: update.parts, sections: [] },
				{
					articleUrl: url,
					lang: meta.lang,
					dir: meta.dir,
					feedLang: meta.lang,
					block: (block) => feedBlock(block, blockOptions),
				},
			),
			published: update.time,
			updated: update.time,
			authors,
			categories: update.key ? [uiStrings(meta.lang).live.keyEvent] : [],
			lang: meta.lang,
		};
	});
	const feed: FeedMeta = {
		title: meta.title,
		description: meta.description,
		lang: meta.lang,
		pageUrl,
		selfUrl: absoluteUrl(updatesFeedPath(article.slug), siteConfig.url, base),
	};
	return render('atom', feed, items);
}

import { getCollection, type CollectionEntry } from 'astro:content';
import { ArticleError } from '../lib/article/article-error.ts';
import { bylineResolver } from '../lib/site/listings/authors.ts';
import { relatedByArticle } from '../lib/site/listings/topics.ts';
import {
	authorListings,
	siteListings,
	type ListingPage,
	type SiteListings,
} from '../lib/site/listings/site-listings.ts';
import {
	articlesByEdition,
	editionOf,
	translationPairs,
	type Edition,
} from '../lib/site/editions/editions.ts';
import { uiStrings } from '../lib/site/i18n/strings.ts';
import { articleAgeYears } from '../lib/site/publishing/article-age.ts';
import { BUILD_TIME } from '../lib/site/publishing/build-time.ts';
import { holdBack } from '../lib/site/publishing/publishing.ts';
import type { StoredArticle } from '../loaders/article-body-store.ts';
import { registeredArticles } from '../loaders/article-registry.ts';
import { devProblems } from '../loaders/dev-problems.ts';
import { editions, siteConfig } from '../site.config.ts';

/**
 * An article as pages get it: the article index's metadata joined with its content-store entry
 * (its digest, and its images as `astro:assets` gives them).
 */
export interface ArticleEntry {
	/** The slug. */
	id: string;
	/** The entry's digest: the source's, folding in every image's bytes. */
	digest: string;
	/** The article without its body, with its images. */
	data: ListedArticle;
}

/** An author of the content store (`content/authors/`), as pages get it. */
export type AuthorEntry = CollectionEntry<'authors'>;

/** One of the newsroom's pages (`content/pages/`), as pages get it. */
export type PageEntry = CollectionEntry<'pages'>;

/** What a listing or a related list shows of an article: its stored data (no body), its images. */
export type ListedArticle = StoredArticle & Omit<CollectionEntry<'articles'>['data'], 'bodyKey'>;

/**
 * What an article page shows of an author its byline names: the byline as written, and the
 * author file's id, name, role and profiles (its cache key hashes them).
 */
export interface BylineAuthor {
	byline: string;
	id: string;
	name: string;
	role?: string | undefined;
	links: readonly string[];
}

/** The authors an article's byline names, as its page shows them. */
export function bylineAuthors(
	bylines: readonly string[],
	authorOf: SiteData['authorOf'],
): BylineAuthor[] {
	return bylines.flatMap((byline) => {
		const author = authorOf(byline);
		if (author === undefined) return [];
		return [{ byline, id: author.id, name: author.name, role: author.role, links: author.links }];
	});
}

/** What an article page shows of a related article. */
export interface RelatedArticle {
	slug: string;
	meta: Pick<ListedArticle['meta'], 'title' | 'pubDate' | 'lang' | 'dir'>;
}

/** An article of this site paired with the page's article, as the page links it. */
export interface PairedEntry {
	slug: string;
	meta: Pick<ListedArticle['meta'], 'title' | 'lang' | 'dir' | 'type'>;
}

/**
 * What an article's pages show besides the article: taken from other files (related articles,
 * author files, its original and translations) or from the build's date (its age), so their
 * cache keys hash it.
 */
export interface ArticlePageData {
	/** Other articles of its edition sharing its topics, listed as related coverage. */
	related: RelatedArticle[];
	/** For each byline name that names an author file, that author (the rest stay plain names). */
	authors: BylineAuthor[];
	/** Says how old the article is, when it is old enough to say so. */
	ageLabel: string | undefined;
	/** Its original, when it translates an article of this site. */
	original: PairedEntry | undefined;
	/** Its translations on this site. */
	translations: PairedEntry[];
}

/** What the pages of `entry` (its full pages, its text-only pages) show besides it. */
export function articlePageData(entry: ArticleEntry, data: SiteData): ArticlePageData {
	const { meta } = entry.data;
	const years = articleAgeYears(meta, BUILD_TIME, siteConfig.timeZone);
	return {
		related: data.related.get(entry.id) ?? [],
		authors: bylineAuthors(meta.authors, data.authorOf),
		ageLabel: years === undefined ? undefined : uiStrings(meta.lang).articleAge(years),
		original: data.originalOf.get(entry.id),
		translations: data.translationsOf.get(entry.id) ?? [],
	};
}

/** One edition's pages' data: its articles and its listings (front, topics, archive). */
export interface EditionData {
	edition: Edition;
	/** The edition's articles, newest first. */
	articles: ArticleEntry[];
	/** Its listings, under its root; no author pages (those are the site's, `authorPages`). */
	listings: SiteListings<ListedArticle, AuthorEntry['data']>;
}

/**
 * The site's pages' data, computed once a build: the published articles, every listing cut into
 * pages, and each article's related coverage. Every `getStaticPaths`, the topics index, the
 * archive, the feeds and the sitemaps read this one table instead of deriving pages again.
 */
export interface SiteData {
	/** The articles a page may show, newest first (see `isShown`). */
	articles: ArticleEntry[];
	/** The same articles by slug. */
	bySlug: Map<string, ArticleEntry>;
	/** Each edition (the default first) with its articles and listings. */
	editions: EditionData[];
	/** Each author's pages, listing their articles in every language. */
	authorPages: { author: AuthorEntry['data']; pages: ListingPage<ListedArticle>[] }[];
	/** The edition data of `lang`'s edition (an article's, a page's). */
	editionData: (lang: string) => EditionData;
	/** A translation's original, when it is a published article of this site, by slug. */
	originalOf: Map<string, PairedEntry>;
	/** An original's published translations, by slug. */
	translationsOf: Map<string, PairedEntry[]>;
	/** The authors, sorted by name. */
	authors: AuthorEntry[];
	/** The author a byline names (by id or name), or `undefined` for a name without a file. */
	authorOf: (byline: string) => AuthorEntry['data'] | undefined;
	/** The digest of each author's entry, by id (its file, portrait and the pipeline's code). */
	authorDigests: Map<string, string>;
	/** The newsroom's pages, by slug. */
	pages: PageEntry[];
	/** Each article's related coverage, by slug. */
	related: Map<string, RelatedArticle[]>;
}

/**
 * The site's pages' data. A build computes it once (every route asks for it, and a read of the
 * collection copies every entry); `astro dev` computes it afresh, as articles change while it runs.
 */
export async function siteData(): Promise<SiteData> {
	assertNoDevProblems();
	if (import.meta.env.MODE === 'development') return computeSiteData();
	cached ??= computeSiteData();
	return cached;
}

let cached: Promise<SiteData> | undefined;

/**
 * Whether an article is shown: in a build, not a draft and not scheduled after `BUILD_TIME`;
 * in `astro dev` always, so editors can see their work.
 */
function isShown(article: StoredArticle): boolean {
	// MODE, not PROD: PROD follows NODE_ENV, and a CI that sets NODE_ENV=test would publish
	// drafts; `astro build` runs in mode "production" whatever NODE_ENV says.
	return import.meta.env.MODE === 'development' || holdBack(article.meta, BUILD_TIME) === undefined;
}

/**
 * The articles shown, newest first: the loader's articles (see article-registry.ts) joined
 * with their content-store entries.
 */
async function shownArticles(): Promise<ArticleEntry[]> {
	const entries = new Map((await getCollection('articles')).map((entry) => [entry.id, entry]));
	return registeredArticles()
		.filter(isShown)
		.map((article) => {
			const entry = entries.get(article.slug);
			if (entry?.digest === undefined || entry.data.bodyKey !== article.bodyKey) {
				throw new Error(`the article ${article.slug} has no content-store entry of this build`);
			}
			const { heroImage, bodyImages, imageRights } = entry.data;
			return {
				id: article.slug,
				digest: String(entry.digest),
				data: { ...article, heroImage, bodyImages, imageRights },
			};
		})
		.sort(
			(a, b) =>
				b.data.meta.pubDate.epochMs - a.data.meta.pubDate.epochMs || a.id.localeCompare(b.id),
		);
}

async function computeSiteData(): Promise<SiteData> {
	const collator = new Intl.Collator(siteConfig.defaultLang, { sensitivity: 'base' });
	const [authors, pages] = await Promise.all([
		getCollection('authors').then((entries) =>
			entries.sort(
				(a, b) => collator.compare(a.data.name, b.data.name) || a.id.localeCompare(b.id),
			),
		),
		getCollection('pages').then((entries) => entries.sort((a, b) => a.id.localeCompare(b.id))),
	]);
	const articles = await shownArticles();
	const listed = articles.map((entry) => entry.data);
	const authorData = authors.map((entry) => entry.data);
	const byEdition = articlesByEdition(
		articles.map((entry) => ({ entry, meta: entry.data.meta })),
		editions,
	);
	const editionList = editions.map((edition): EditionData => {
		const own = (byEdition.get(edition) ?? []).map(({ entry }) => entry);
		return {
			edition,
			articles: own,
			listings: siteListings(
				own.map((entry) => entry.data),
				{
					pageSize: siteConfig.pageSize,
					locale: edition.lang,
					timeZone: siteConfig.timeZone,
					frontPage: siteConfig.frontPage,
					root: edition.root,
				},
				[],
			),
		};
	});
	// Related coverage is the edition's: an article's readers read its language.
	const related = new Map(
		editionList.flatMap(({ articles: own }) =>
			[
				...relatedByArticle(
					own.map((entry) => entry.data),
					siteConfig.relatedArticleCount,
				),
			].map(([slug, others]) => [
				slug,
				// Only what the page shows of each: its cache key hashes it.
				others.map(({ slug: other, meta }) => ({
					slug: other,
					meta: { title: meta.title, pubDate: meta.pubDate, lang: meta.lang, dir: meta.dir },
				})),
			]),
		),
	);
	const dataOf = new Map(editionList.map((data) => [data.edition, data]));
	const pairs = translationPairs(listed);
	// Only what a page shows of its pair: its cache key hashes it.
	const paired = (article: ListedArticle): PairedEntry => ({
		slug: article.slug,
		meta: {
			title: article.meta.title,
			lang: article.meta.lang,
			dir: article.meta.dir,
			type: article.meta.type,
		},
	});
	return {
		articles,
		bySlug: new Map(articles.map((entry) => [entry.id, entry])),
		editions: editionList,
		authorPages: authorListings(listed, authorData, siteConfig.pageSize),
		editionData: (lang) => {
			const data = dataOf.get(editionOf(lang, editions));
			if (data === undefined) throw new Error(`no edition for "${lang}"`);
			return data;
		},
		originalOf: new Map([...pairs.originalOf].map(([slug, original]) => [slug, paired(original)])),
		translationsOf: new Map(
			[...pairs.translationsOf].map(([slug, list]) => [slug, list.map(paired)]),
		),
		related,
		authors,
		authorOf: bylineResolver(authorData),
		authorDigests: new Map(authors.map((entry) => [entry.id, String(entry.digest ?? '')])),
		pages,
	};
}

/**
 * In `astro dev`, throws the problems of every article saved with one since start-up, so
 * Astro's error overlay shows them (file, line, what was expected) until the file is fixed.
 * Pages call it as they render: `getStaticPaths` is cached and would not see a new problem.
 */
export function assertNoDevProblems(): void {
	const problems = import.meta.env.MODE === 'development' ? devProblems() : [];
	if (problems.length === 0) return;
	const error = new ArticleError(problems);
	// The overlay would show this function's code under the message: the file to fix is the article.
	error.stack = '';
	throw error;
}

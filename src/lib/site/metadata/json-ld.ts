import type { Article, ArticleMeta, Live } from '../../article/article-schema.ts';
import { datedMeta, updateHeadline } from '../live/live-pages.ts';
import { assertNever } from '../../core/assert-never.ts';

/** An image as published: absolute URL, pixel size and what is known of its rights. */
export interface PublishedImage {
	/** Absolute URL of the published file. */
	url: string;
	/** Its width in pixels. */
	width: number;
	/** Its height in pixels. */
	height: number;
	/** What it shows, as plain text. */
	caption?: string | undefined;
	/** The credit line (the article's, else the file's). */
	credit?: string | undefined;
	/** Who made it, as the file says. */
	creator?: string | undefined;
	/** The copyright notice the file carries. */
	copyright?: string | undefined;
}

/** The publisher, as every article's JSON-LD names it (`publisher` in the site settings). */
export interface PublisherContext {
	/** The name readers know. */
	name: string;
	/** The registered name of the organization. */
	legalName: string;
	/** Absolute URL of the site's home page, base included. */
	url: string;
	/** The logo as a PNG. */
	logo: PublishedImage;
	/** Absolute URLs of the newsroom's pages, each under its schema.org property. */
	pages: {
		publishingPrinciples?: string | undefined;
		masthead?: string | undefined;
		correctionsPolicy?: string | undefined;
		ethicsPolicy?: string | undefined;
	};
}

/** What JSON-LD says of an author file's author. */
export interface PersonContext {
	name: string;
	/** Absolute URL of the author's page. */
	url: string;
	/** The role (`jobTitle`). */
	jobTitle?: string | undefined;
	/** Profiles elsewhere. */
	sameAs: readonly string[];
	/** The short bio (`description`), on the author's own page. */
	description?: string | undefined;
	/** The portrait, on the author's own page. */
	image?: string | undefined;
}

/** Where an article lives and what stands behind it, for its `NewsArticle` metadata. */
export interface NewsArticleContext {
	/** Absolute canonical URL of the article page. */
	articleUrl: string;
	/** The publisher. */
	publisher: PublisherContext;
	/**
	 * The article's images as published, lead image first, each with its caption and rights. A
	 * sensitive image is left out by the page: a search result must not show what the article
	 * hides behind a warning. Empty when the article shows none.
	 */
	images: readonly PublishedImage[];
	/** The site's link-preview image: the article's `image` when it has none of its own. */
	defaultImage: PublishedImage;
	/** For each byline name that names an author file, that author (the rest are names only). */
	authors?: ReadonlyMap<string, PersonContext> | undefined;
	/** The original, when it is an article of this site (`translatedFrom.article`). */
	original?: PairedArticle | undefined;
	/** This article's translations published on this site. */
	translations?: readonly PairedArticle[] | undefined;
}

/** An article of this site paired with another as its original or translation. */
export interface PairedArticle {
	/** Absolute URL of its page. */
	url: string;
	/** Its headline. */
	title: string;
	/** BCP 47 tag of its language. */
	lang: string;
	/** Its schema.org type (`NewsArticle`...). */
	type: ArticleMeta['type'];
}

/** A schema.org object, ready for `serializeJsonLd`. */
export type JsonLdObject = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | boolean | JsonLdObject | readonly JsonLdValue[];

// A byline such as "News desk" or "Staff" names a newsroom, not a person: calling it a Person
// would tell search engines of an author who does not exist. schema.org and Google both accept an
// Organization as author, so desk bylines become one and every other name a Person.
const ORGANIZATION_BYLINE =
	/\b(desk|staff|newsroom|bureau|editors?|editorial|agenc(y|ies)|wires?|team)\b/i;

/** The schema.org type of each kind of article. */
export function articleJsonLdType(type: ArticleMeta['type']): string {
	switch (type) {
		case 'news':
			return 'NewsArticle';
		case 'analysis':
			return 'AnalysisNewsArticle';
		case 'opinion':
			return 'OpinionNewsArticle';
		case 'explainer':
			return 'BackgroundNewsArticle';
		default:
			return assertNever(type);
	}
}

/**
 * An `ImageObject` with the fields of Google's image licence metadata that the site knows:
 * `creditText`, `creator` and `copyrightNotice`, each only when known.
 */
function imageObject(image: PublishedImage): JsonLdObject {
	const json: JsonLdObject = {
		'@type': 'ImageObject',
		url: image.url,
		contentUrl: image.url,
		width: image.width,
		height: image.height,
	};
	if (image.caption !== undefined) json['caption'] = image.caption;
	if (image.credit !== undefined) json['creditText'] = image.credit;
	if (image.creator !== undefined) json['creator'] = { '@type': 'Person', name: image.creator };
	if (image.copyright !== undefined) json['copyrightNotice'] = image.copyright;
	return json;
}

/**
 * The publisher as a schema.org `NewsMediaOrganization`: name, legal name, home page, logo and
 * the newsroom's policy pages that the site settings name.
 */
export function organizationJsonLd(publisher: PublisherContext): JsonLdObject {
	const json: JsonLdObject = {
		'@type': 'NewsMediaOrganization',
		name: publisher.name,
		legalName: publisher.legalName,
		url: publisher.url,
		logo: imageObject(publisher.logo),
	};
	for (const [property, url] of Object.entries(publisher.pages))
		if (url !== undefined) json[property] = url;
	return json;
}

/** An author file's author as a schema.org `Person`; facts the file does not give are left out. */
export function personJsonLd(person: PersonContext): JsonLdObject {
	const json: JsonLdObject = { '@type': 'Person', name: person.name, url: person.url };
	if (person.jobTitle !== undefined) json['jobTitle'] = person.jobTitle;
	if (person.description !== undefined) json['description'] = person.description;
	if (person.image !== undefined) json['image'] = person.image;
	if (person.sameAs.length > 0) json['sameAs'] = person.sameAs;
	return json;
}

/**
 * An author's page as a schema.org `ProfilePage` whose main entity is the `Person`, with the
 * site as the page's publisher.
 */
export function profilePageJsonLd(
	person: PersonContext,
	publisher: PublisherContext,
): JsonLdObject {
	return {
		'@context': 'https://schema.org',
		'@type': 'ProfilePage',
		url: person.url,
		mainEntity: personJsonLd(person),
		publisher: organizationJsonLd(publisher),
	};
}

/** The home page's JSON-LD: the publisher itself. */
export function publisherJsonLd(publisher: PublisherContext): JsonLdObject {
	return { '@context': 'https://schema.org', ...organizationJsonLd(publisher) };
}

/**
 * The schema.org `NewsArticle` (or the subtype of its `type`) of an article. Dates are the `iso`
 * strings as written (a calendar date stays a date); `dateModified` is the update, else the
 * publication. Optional facts that the article does not give are left out, never invented.
 */
export function newsArticleJsonLd(article: Article, context: NewsArticleContext): JsonLdObject {
	const { meta } = article;
	const images = context.images.length > 0 ? context.images : [context.defaultImage];
	const json: JsonLdObject = {
		'@context': 'https://schema.org',
		'@type': articleJsonLdType(meta.type),
		headline: meta.title,
		description: meta.description,
		datePublished: meta.pubDate.iso,
		dateModified: (meta.updatedDate ?? meta.pubDate).iso,
		author: meta.authors.map((name) => {
			const person = context.authors?.get(name);
			if (person !== undefined) return personJsonLd(person);
			return { '@type': ORGANIZATION_BYLINE.test(name) ? 'Organization' : 'Person', name };
		}),
		inLanguage: meta.lang,
		mainEntityOfPage: { '@type': 'WebPage', '@id': context.articleUrl },
		url: context.articleUrl,
		image: images.map(imageObject),
		publisher: organizationJsonLd(context.publisher),
		wordCount: article.words,
	};
	if (meta.dateline !== undefined) json['dateline'] = meta.dateline;
	if (meta.tags.length > 0) json['keywords'] = meta.tags;
	if (context.original !== undefined) {
		json['translationOfWork'] = pairedJsonLd(context.original);
	} else if (meta.translatedFrom !== undefined) {
		const { lang, title, url } = meta.translatedFrom;
		const original: JsonLdObject = { '@type': 'CreativeWork', inLanguage: lang };
		if (title !== undefined) original['name'] = title;
		if (url !== undefined) original['url'] = url;
		json['translationOfWork'] = original;
	}
	if (meta.translatedFrom !== undefined && meta.translatedBy !== undefined) {
		json['translator'] = meta.translatedBy.map((name) => ({
			'@type': ORGANIZATION_BYLINE.test(name) ? 'Organization' : 'Person',
			name,
		}));
	}
	if (context.translations !== undefined && context.translations.length > 0) {
		json['workTranslation'] = context.translations.map(pairedJsonLd);
	}
	return json;
}

/** An original or a translation of this site, as its pair's JSON-LD names it. */
function pairedJsonLd(article: PairedArticle): JsonLdObject {
	return {
		'@type': articleJsonLdType(article.type),
		'@id': article.url,
		url: article.url,
		headline: article.title,
		inLanguage: article.lang,
	};
}

/**
 * The schema.org `LiveBlogPosting` of a live article: its `NewsArticle` fields, the coverage's
 * start and end, `dateModified` the newest update's time when later, and a `liveBlogUpdate` for
 * every update (`BlogPosting`: headline, `datePublished` as written, `url` of its permalink on the
 * page that holds it). `updateUrl` gives that URL from the update's newest-first index and id.
 */
export function liveBlogPostingJsonLd(
	article: Article & { live: Live },
	context: NewsArticleContext & { updateUrl: (index: number, id: string) => string },
): JsonLdObject {
	const { live } = article;
	const json = newsArticleJsonLd({ ...article, meta: datedMeta(article.meta, live) }, context);
	json['@type'] = 'LiveBlogPosting';
	json['coverageStartTime'] = live.start.iso;
	if (live.end !== undefined) json['coverageEndTime'] = live.end.iso;
	json['liveBlogUpdate'] = live.updates.map((update, index) => ({
		'@type': 'BlogPosting',
		headline: updateHeadline(update),
		datePublished: update.time.iso,
		url: context.updateUrl(index, update.id),
	}));
	return json;
}

/**
 * JSON for a `<script type="application/ld+json">`. `<` becomes `\u003c`, so no string in the
 * data can close the script element (`</script>`) or open a comment; U+2028 and U+2029 are
 * escaped too, as older JavaScript parsers treat them as line ends.
 */
export function serializeJsonLd(value: JsonLdObject): string {
	return JSON.stringify(value)
		.replaceAll('<', '\\u003c')
		.replaceAll('\u2028', '\\u2028')
		.replaceAll('\u2029', '\\u2029');
}

import type { Article } from '../../article/article-schema.ts';

/** Where an article lives, for its `NewsArticle` metadata. */
export interface NewsArticleContext {
	/** Absolute URL of the site's home page, base included. */
	siteUrl: string;
	/** Absolute canonical URL of the article page. */
	articleUrl: string;
	/** The publisher's name (the site title). */
	siteName: string;
	/**
	 * The article's images as published, lead image first: what `image` lists. Empty when the
	 * article has none (a sensitive image is left out by the page: a search result must not show
	 * what the article hides behind a warning).
	 */
	images: readonly PublishedImage[];
}

/** One image of an article as its page publishes it, with what is known of its rights. */
export interface PublishedImage {
	/** Absolute URL of the published file (a 1200-pixel JPEG). */
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

/** A schema.org object, ready for `serializeJsonLd`. */
export type JsonLdObject = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | boolean | JsonLdObject | readonly JsonLdValue[];

// A byline such as "News desk" or "Staff" names a newsroom, not a person: calling it a Person
// would tell search engines of an author who does not exist. schema.org and Google both accept an
// Organization as author, so desk bylines become one and every other name a Person.
const ORGANIZATION_BYLINE =
	/\b(desk|staff|newsroom|bureau|editors?|editorial|agenc(y|ies)|wires?|team)\b/i;

/**
 * The schema.org `NewsArticle` of an article. Dates are the `iso` strings as written (a calendar
 * date stays a date); `dateModified` is the update, else the publication. Optional facts that
 * the article does not give are left out, never invented.
 */
export function newsArticleJsonLd(article: Article, context: NewsArticleContext): JsonLdObject {
	const { meta } = article;
	const json: JsonLdObject = {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: meta.title,
		description: meta.description,
		datePublished: meta.pubDate.iso,
		dateModified: (meta.updatedDate ?? meta.pubDate).iso,
		author: meta.authors.map((name) => ({
			'@type': ORGANIZATION_BYLINE.test(name) ? 'Organization' : 'Person',
			name,
		})),
		inLanguage: meta.lang,
		mainEntityOfPage: { '@type': 'WebPage', '@id': context.articleUrl },
		url: context.articleUrl,
		publisher: { '@type': 'Organization', name: context.siteName, url: context.siteUrl },
		wordCount: article.words,
	};
	if (context.images.length > 0) json['image'] = context.images.map(imageObject);
	if (meta.dateline !== undefined) json['dateline'] = meta.dateline;
	if (meta.tags.length > 0) json['keywords'] = meta.tags;
	if (meta.translatedFrom !== undefined) {
		const { lang, title, url } = meta.translatedFrom;
		const original: JsonLdObject = { '@type': 'CreativeWork', inLanguage: lang };
		if (title !== undefined) original['name'] = title;
		if (url !== undefined) original['url'] = url;
		json['translationOfWork'] = original;
	}
	return json;
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

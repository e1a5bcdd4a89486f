import { primaryLanguage, textDirection } from '../../core/language.ts';

/** A navigation link as the site settings give it: a label and a site-absolute path. */
export interface NavItem {
	label: string;
	path: string;
}

/**
 * One edition of the site: the articles of one language, with their own front page, topics,
 * archive, feeds and search, at `root` (`/` for the first, the default; `/ar/` for Arabic).
 */
export interface Edition {
	/** BCP 47 tag of the edition's language (`en`, `ar`). */
	lang: string;
	/** The direction of its language. */
	dir: 'ltr' | 'rtl';
	/** Site-absolute path of its front page, without base: `/`, else `/<lang>/`. */
	root: string;
	/** Whether it is the default edition, at the site's root. */
	isDefault: boolean;
	/** One sentence about the edition, in its language: its front page's description. */
	description: string;
	/** The links of its header, in its language. */
	navigation: readonly NavItem[];
}

/** An edition as the site settings give it. */
export interface EditionSettings {
	lang: string;
	description?: string | undefined;
	navigation?: readonly NavItem[] | undefined;
}

/**
 * The site's editions from its settings, in order: the first (the default) at `/`, with the
 * site's own description and navigation unless it gives its own; each other under `/<lang>/`
 * (its primary language subtag, lower case).
 */
export function siteEditions(
	settings: readonly EditionSettings[],
	defaults: { description: string; navigation: readonly NavItem[] },
): Edition[] {
	return settings.map((edition, index) => ({
		lang: edition.lang,
		dir: textDirection(edition.lang),
		root: index === 0 ? '/' : `/${primaryLanguage(edition.lang)}/`,
		isDefault: index === 0,
		description: edition.description ?? defaults.description,
		navigation: edition.navigation ?? defaults.navigation,
	}));
}

/**
 * The edition an article in `lang` belongs to: the one of its primary language subtag (`ar-IQ`
 * is in the `ar` edition), else the default edition (the first), which carries every language
 * the site has no edition for.
 */
export function editionOf<E extends Pick<Edition, 'lang'>>(
	lang: string,
	editions: readonly E[],
): E {
	const primary = primaryLanguage(lang);
	const found = editions.find((edition) => primaryLanguage(edition.lang) === primary);
	const fallback = editions[0];
	if (found !== undefined) return found;
	if (fallback === undefined) throw new Error('a site has at least one edition');
	return fallback;
}

/**
 * Each edition's articles, in the order given (newest first stays newest first): what its front
 * page, topics, archive, feeds and search list. Every article is in exactly one edition.
 */
export function articlesByEdition<
	E extends Pick<Edition, 'lang'>,
	T extends { meta: { lang: string } },
>(articles: readonly T[], editions: readonly E[]): Map<E, T[]> {
	const byEdition = new Map<E, T[]>(editions.map((edition) => [edition, []]));
	for (const article of articles)
		byEdition.get(editionOf(article.meta.lang, editions))?.push(article);
	return byEdition;
}

/** What pairing needs of an article: its slug, language and the original it translates. */
export interface PairableArticle {
	slug: string;
	meta: { lang: string; translatedFrom?: { article?: string | undefined } | undefined };
}

/** The originals and translations among a set of articles, both ways. */
export interface TranslationPairs<T> {
	/** A translation's original, by the translation's slug. */
	originalOf: Map<string, T>;
	/** An original's translations (in the order given), by the original's slug. */
	translationsOf: Map<string, T[]>;
}

/**
 * Pairs each translation (`translatedFrom.article`) with its original, among `articles` only:
 * an original that is not published (a draft, a scheduled article) pairs with nothing, so no
 * page links a page that does not exist.
 */
export function translationPairs<T extends PairableArticle>(
	articles: readonly T[],
): TranslationPairs<T> {
	const bySlug = new Map(articles.map((article) => [article.slug, article]));
	const originalOf = new Map<string, T>();
	const translationsOf = new Map<string, T[]>();
	for (const article of articles) {
		const slug = article.meta.translatedFrom?.article;
		const original = slug === undefined ? undefined : bySlug.get(slug);
		if (original === undefined || original === article) continue;
		originalOf.set(article.slug, original);
		const list = translationsOf.get(original.slug);
		if (list === undefined) translationsOf.set(original.slug, [article]);
		else list.push(article);
	}
	return { originalOf, translationsOf };
}

/**
 * The route parameter of an edition's pages: `undefined` for the default edition (at the root),
 * else its root without slashes (`ar`).
 */
export function editionParam(edition: Pick<Edition, 'root' | 'isDefault'>): string | undefined {
	return edition.isDefault ? undefined : edition.root.slice(1, -1);
}

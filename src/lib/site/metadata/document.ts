import type { ArticleMeta } from '../../article/article-schema.ts';
import { textDirection } from '../../core/language.ts';

/** What a page tells the document around it (the full pages' layout and the text-only one's). */
export interface DocumentProps {
	/** The page's own title; the document title adds the site's name. The home page has none. */
	title?: string | undefined;
	/** The meta description. */
	description: string;
	/** BCP 47 tag of the page's language; the site's language when absent (the site's own pages). */
	lang?: string | undefined;
	/** Text direction of the page's language; the language's own direction when absent. */
	dir?: 'ltr' | 'rtl' | undefined;
}

/**
 * The `<title>` of a page's document: the page's own title, then ` | ` and the name of the site
 * (or edition); the name alone when the page has no title of its own.
 */
export function documentTitle(title: string | undefined, name: string): string {
	return title === undefined ? name : `${title} | ${name}`;
}

/**
 * The `lang` and `dir` of a page's document: the page's own, else `siteLang` and the direction
 * of the language.
 */
export function documentLanguage(
	page: Pick<DocumentProps, 'lang' | 'dir'>,
	siteLang: string,
): { lang: string; dir: 'ltr' | 'rtl' } {
	const lang = page.lang ?? siteLang;
	return { lang, dir: page.dir ?? textDirection(lang) };
}

/** The document of a page that shows an article: its headline, standfirst, language and direction. */
export function articleDocument(
	meta: Pick<ArticleMeta, 'title' | 'description' | 'lang' | 'dir'>,
): Required<DocumentProps> {
	return { title: meta.title, description: meta.description, lang: meta.lang, dir: meta.dir };
}

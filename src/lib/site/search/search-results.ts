import { decodeCharacterReferences, XML_ENTITIES } from '../../core/character-references.ts';
import { displayLocale, formatArticleDate } from '../i18n/format-article-date.ts';
import type { SearchStatusText } from '../i18n/strings.ts';

/**
 * What the search page's script shows of Pagefind's answers. Runs in the browser: this module
 * imports nothing at run time but the date formatting of `dates.ts` and the character references'
 * decoding of `core/character-references.ts`.
 */

/** The parts of Pagefind's browser API (`/pagefind/pagefind.js`) the search page uses. */
export interface PagefindApi {
	/** `baseUrl` is what results' URLs are resolved under (by default the bundle's parent folder). */
	options: (options: { excerptLength?: number; baseUrl?: string }) => Promise<void>;
	/** Adds another index (a shard's folder) to the searches, with its own options. */
	mergeIndex: (path: string, options?: { baseUrl?: string }) => Promise<void>;
	init: () => Promise<void>;
	/** Resolves `null` when a later call superseded this one. */
	debouncedSearch: (
		query: string,
		options?: Record<string, unknown>,
		debounceMs?: number,
	) => Promise<{ results: { data: () => Promise<PagefindResult> }[] } | null>;
}

/** One result's data, as Pagefind returns it. */
export interface PagefindResult {
	/** The page's URL, `base` included. */
	url: string;
	/** Matched words in context: HTML-escaped text with `<mark>` around each match. */
	excerpt: string;
	/** `title` (the headline), `date` (ISO publication date) and `lang` (the article's). */
	meta: Record<string, string | undefined>;
}

/** A run of excerpt text, marked when it is a matched word. */
export interface ExcerptPart {
	text: string;
	marked: boolean;
}

/** The named references Pagefind writes: XML's five and the no-break space. */
const ENTITIES: Readonly<Record<string, string>> = { ...XML_ENTITIES, nbsp: '\u00a0' };

/** Decodes the character references Pagefind writes in excerpts (named ones in any case). */
function decodeText(text: string): string {
	return decodeCharacterReferences(text, (name) => ENTITIES[name.toLowerCase()]);
}

/**
 * An excerpt split into plain and marked runs of text, so the page can build it from text nodes
 * and `<mark>` elements: no excerpt is ever parsed as HTML. Any other tag stays literal text.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	const pattern = /<mark>([\s\S]*?)<\/mark>/g;
	let last = 0;
	for (const match of excerpt.matchAll(pattern)) {
		if (match.index > last)
			parts.push({ text: decodeText(excerpt.slice(last, match.index)), marked: false });
		parts.push({ text: decodeText(match[1] ?? ''), marked: true });
		last = match.index + match[0].length;
	}
	if (last < excerpt.length) parts.push({ text: decodeText(excerpt.slice(last)), marked: false });
	return parts.filter((part) => part.text !== '');
}

/** The status line for `count` results of `query`, in the plural form `lang` uses for it. */
export function searchStatus(
	text: SearchStatusText,
	count: number,
	query: string,
	lang: string,
): string {
	const locale = displayLocale(lang);
	const form = new Intl.PluralRules(locale).select(count);
	const template =
		count === 0
			? text.none
			: form === 'one' || form === 'two' || form === 'few' || form === 'many'
				? (text[form] ?? text.other)
				: text.other;
	return template.replaceAll('{count}', count.toLocaleString(locale)).replaceAll('{query}', query);
}

/**
 * A result's publication date (the ISO string the index recorded) as the site's listings show
 * it: a calendar date as written, a date-time with its time in `timeZone`.
 */
export function resultDate(iso: string, locale: string, timeZone: string): string {
	return formatArticleDate(
		{ iso, hasTime: iso.length > 10, epochMs: Date.parse(iso) },
		locale,
		timeZone,
	);
}

/** The query in a search page's URL (`?q=`), trimmed; empty when there is none. */
export function queryFromUrl(search: string): string {
	return (new URLSearchParams(search).get('q') ?? '').trim();
}

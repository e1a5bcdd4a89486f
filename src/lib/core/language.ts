/**
 * Rules about language tags that every layer shares: which tags are valid, the primary language
 * of a tag, and the direction its script is written in.
 */

/** Languages written right to left; `dir` follows from a tag's primary language. */
export const RTL_LANGUAGES: ReadonlySet<string> = new Set([
	'ar',
	'fa',
	'he',
	'ur',
	'ps',
	'sd',
	'ug',
	'yi',
	'dv',
	'ckb',
]);

/** Whether `value` is a BCP 47 language tag such as `en`, `ar` or `pt-BR`. */
export function isLanguageTag(value: string): boolean {
	// The primary subtag must be an ISO 639 code (2 or 3 letters); BCP 47 reserves longer ones.
	if (!/^[a-z]{2,3}(-|$)/i.test(value)) return false;
	try {
		return Intl.getCanonicalLocales(value).length === 1;
	} catch {
		return false;
	}
}

/** The primary language of a tag, lower case: `pt` for `pt-BR`, `ar` for `AR`. */
export function primaryLanguage(tag: string): string {
	return tag.toLowerCase().split('-')[0] ?? '';
}

/** The direction text in language `tag` is written in. */
export function textDirection(tag: string): 'ltr' | 'rtl' {
	return RTL_LANGUAGES.has(primaryLanguage(tag)) ? 'rtl' : 'ltr';
}

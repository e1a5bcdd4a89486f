// Every page asks for its language's locale; maximizing a locale costs far more than a lookup.
const locales = new Map<string, string>();

/**
 * The Open Graph locale of a BCP 47 tag, as `language_TERRITORY`: the tag's own region when it
 * has one (`pt-BR` → `pt_BR`), else the likeliest (`en` → `en_US`, `ar` → `ar_EG`).
 */
export function ogLocale(lang: string): string {
	let found = locales.get(lang);
	if (found === undefined) {
		const locale = new Intl.Locale(lang).maximize();
		found = locale.region === undefined ? locale.language : `${locale.language}_${locale.region}`;
		locales.set(lang, found);
	}
	return found;
}

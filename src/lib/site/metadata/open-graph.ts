/**
 * The Open Graph locale of a BCP 47 tag, as `language_TERRITORY`: the tag's own region when it
 * has one (`pt-BR` → `pt_BR`), else the likeliest (`en` → `en_US`, `ar` → `ar_EG`).
 */
export function ogLocale(lang: string): string {
	const locale = new Intl.Locale(lang).maximize();
	return locale.region === undefined ? locale.language : `${locale.language}_${locale.region}`;
}

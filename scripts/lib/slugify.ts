/** Letters that NFKD does not take apart into an ASCII letter and a mark. */
const LETTERS: Readonly<Record<string, string>> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	đ: 'd',
	ð: 'd',
	ł: 'l',
	þ: 'th',
	ı: 'i',
};

/** The longest slug `slugify` makes, in characters. */
export const MAX_SLUG_LENGTH = 80;

/**
 * A kebab-case ASCII slug from a headline, as an article's file name must be: accents are
 * stripped (`é` → `e`), apostrophes dropped (`Iran's` → `irans`), every other run of characters
 * outside `a-z0-9` becomes one dash, and a slug longer than `MAX_SLUG_LENGTH` is cut at the last
 * word boundary that fits. Returns `undefined` when the headline has no Latin letter to make a
 * slug from (an Arabic headline, say): the caller must ask for one.
 */
export function slugify(headline: string): string | undefined {
	const ascii = headline
		.toLowerCase()
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[ßæœøđðłþı]/g, (letter) => LETTERS[letter] ?? letter)
		.replace(/['’‘`]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	if (!/[a-z]/.test(ascii)) return undefined;
	if (ascii.length <= MAX_SLUG_LENGTH) return ascii;
	const cut = ascii.slice(0, MAX_SLUG_LENGTH + 1);
	const boundary = cut.lastIndexOf('-');
	return boundary > 0 ? cut.slice(0, boundary) : ascii.slice(0, MAX_SLUG_LENGTH);
}

/** Words a minute an adult reads news copy at; Hugo and Medium use 200 to 265. */
export const WORDS_PER_MINUTE = 230;

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * Counts the words of `text` as the language's rules split them (`Intl.Segmenter`), so Arabic,
 * Chinese and Thai count as well as English.
 */
export function countWords(text: string, lang = 'en'): number {
	let words = 0;
	for (const segment of segmenterOf(lang).segment(text)) if (segment.isWordLike) words++;
	return words;
}

function segmenterOf(lang: string): Intl.Segmenter {
	let segmenter = segmenters.get(lang);
	if (!segmenter) {
		segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
		segmenters.set(lang, segmenter);
	}
	return segmenter;
}

/** Whole minutes to read `words`, never less than one. */
export function readingMinutes(words: number): number {
	return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** The words of `text` as the language splits them, lower-cased, typographic apostrophes plain. */
export function wordsOf(text: string, lang = 'en'): string[] {
	const words: string[] = [];
	for (const segment of segmenterOf(lang).segment(
		text.normalize('NFC').replace(/[\u2018\u2019]/g, "'"),
	))
		if (segment.isWordLike) words.push(segment.segment.toLocaleLowerCase(lang));
	return words;
}

/**
 * Whether the words of `quote` appear in `text`, in order and next to each other, whatever the
 * punctuation, case and spacing between them: "Storm the gates!" is in "they stormed... storm
 * the gates, he said". A quote with no words is in every text.
 */
export function hasWordsOf(text: string, quote: string, lang = 'en'): boolean {
	// A separator no word contains, so "the gate" is not found in "the gates".
	const joined = (words: string[]) => `\u0001${words.join('\u0001')}\u0001`;
	const wanted = wordsOf(quote, lang);
	return wanted.length === 0 || joined(wordsOf(text, lang)).includes(joined(wanted));
}

/** Words a minute an adult reads news copy at; Hugo and Medium use 200 to 265. */
export const WORDS_PER_MINUTE = 230;

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * Counts the words of `text` as the language's rules split them (`Intl.Segmenter`), so Arabic,
 * Chinese and Thai count as well as English.
 */
export function countWords(text: string, lang = 'en'): number {
	let segmenter = segmenters.get(lang);
	if (!segmenter) {
		segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
		segmenters.set(lang, segmenter);
	}
	let words = 0;
	for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
	return words;
}

/** Whole minutes to read `words`, never less than one. */
export function readingMinutes(words: number): number {
	return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

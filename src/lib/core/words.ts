import { primaryLanguage } from './language.ts';

/** Words a minute an adult reads news copy at; Hugo and Medium use 200 to 265. */
export const WORDS_PER_MINUTE = 230;

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * Counts the words of `text` as the language's rules split them (`Intl.Segmenter`), so Arabic,
 * Chinese and Thai count as well as English. English text of the characters `PLAIN_TEXT` allows,
 * most of an English archive, is counted by `PLAIN_WORD` instead, five times faster, with the
 * same count: counting is a sixth of an article's parse on the segmenter.
 */
export function countWords(text: string, lang = 'en'): number {
	if (primaryLanguage(lang) === 'en' && PLAIN_TEXT.test(text)) {
		let words = 0;
		PLAIN_WORD.lastIndex = 0;
		while (PLAIN_WORD.exec(text) !== null) words++;
		return words;
	}
	let words = 0;
	for (const segment of segmenterOf(lang).segment(text)) if (segment.isWordLike) words++;
	return words;
}

/**
 * Text the pattern below segments as the segmenter does: printable ASCII but the underscore
 * (the segmenter makes "__" a word and "_" none), white space, and typographic quotes and dashes.
 * Written by hand: no library segments faster than ICU, and this is the one hot call. The test
 * (words.test.ts) checks the two agree on random text of these characters and on real articles.
 */
const PLAIN_TEXT = /^[\t\n\r\x20-\x5e\x60-\x7e‘’“”–—…]*$/;

/**
 * A word of plain text, as Unicode's word boundaries (UAX #29) make one of these characters:
 * letters and digits, letters joined by `.`, `:` or an apostrophe (`U.S`, `don't`), digits joined
 * by `.`, `,`, `;` or an apostrophe (`1,200.5`).
 */
const PLAIN_WORD =
	/[A-Za-z0-9]+(?:(?<=[A-Za-z])[.:'‘’](?=[A-Za-z])[A-Za-z0-9]+|(?<=[0-9])[.,;'‘’](?=[0-9])[A-Za-z0-9]+)*/g;

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

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { corpusArticle } from '../../../scripts/bench/generate-corpus.ts';
import { countWords, hasWordsOf, readingMinutes, wordsOf } from '../../../src/lib/core/words.ts';

/** The oracle: word-like segments as `Intl.Segmenter` finds them. */
function segmenterCount(text: string): number {
	let words = 0;
	for (const segment of new Intl.Segmenter('en', { granularity: 'word' }).segment(text))
		if (segment.isWordLike) words++;
	return words;
}

/** Random text of `alphabet`, the same every run (mulberry32). */
function randomTexts(alphabet: string, count: number, longest: number, seed = 1): string[] {
	const characters = [...alphabet];
	let state = seed;
	const random = () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return Array.from({ length: count }, () => {
		let text = '';
		const length = 1 + Math.floor(random() * longest);
		for (let index = 0; index < length; index++)
			text += characters[Math.floor(random() * characters.length)] ?? '';
		return text;
	});
}

const commonmark = createRequire(import.meta.url)('commonmark-spec') as {
	tests: { markdown: string }[];
};

describe('countWords', () => {
	it('counts English words, not punctuation', () => {
		expect(countWords('The council — at last — approved it, 7 to 2.')).toBe(9);
	});

	it('counts Arabic words', () => {
		expect(countWords('اقتحم متظاهرون بوابة السفارة الأمريكية في بغداد', 'ar')).toBe(7);
	});

	it('counts nothing in empty text', () => {
		expect(countWords('  ')).toBe(0);
	});

	// English text of common characters is counted by a pattern, not the segmenter: the two must
	// agree on every text, or the pattern is wrong for this ICU.
	it('counts random English text of every plain character as the segmenter does', () => {
		const plain = `aZ09 \t\n\r.,;:'"!?()-/&%$#*+=[]{}<>@~^|\\\`‘’“”–—…`;
		const joins = "aZ9 .,;:'‘’";
		for (const text of [...randomTexts(plain, 20_000, 24), ...randomTexts(joins, 20_000, 10, 2)])
			expect([text, countWords(text)]).toEqual([text, segmenterCount(text)]);
	});

	it('counts real articles and every CommonMark example as the segmenter does', () => {
		const texts = [
			...readdirSync('content/articles').map((file) =>
				readFileSync(`content/articles/${file}`, 'utf8'),
			),
			...commonmark.tests.map((test) => test.markdown),
			...Array.from({ length: 20 }, (_, index) => corpusArticle(index)),
		];
		for (const text of texts) expect(countWords(text)).toBe(segmenterCount(text));
	});

	it('counts text with other characters (an underscore, accents) by the segmenter', () => {
		for (const text of ['a _ b __ c', 'snake_case words', 'Café au lait, São Paulo', 'x\u00a0y'])
			expect(countWords(text)).toBe(segmenterCount(text));
		expect(countWords('a _ b __ c')).toBe(4);
	});
});

describe('readingMinutes', () => {
	it('is at least one minute', () => {
		expect(readingMinutes(0)).toBe(1);
	});

	it('rounds to whole minutes at 230 words a minute', () => {
		expect(readingMinutes(600)).toBe(3);
		expect(readingMinutes(2300)).toBe(10);
	});
});

describe('hasWordsOf', () => {
	const text = 'The mayor spoke at seven. "The wall did what it was built to do," she said.';

	it('finds words apart from their punctuation, case and curly quotes', () => {
		expect(hasWordsOf(text, '“THE WALL did what it was built to do!”')).toBe(true);
		expect(hasWordsOf("It's ours, he said.", 'It’s ours')).toBe(true);
		expect(hasWordsOf(text, 'spoke at seven')).toBe(true);
	});

	it('wants the words in order, next to each other and whole', () => {
		expect(hasWordsOf(text, 'The wall did what it was built for')).toBe(false);
		expect(hasWordsOf(text, 'built to do the wall')).toBe(false);
		expect(hasWordsOf(text, 'the wal')).toBe(false);
	});

	it('reads Arabic words as the language splits them', () => {
		expect(
			hasWordsOf('اقتحم متظاهرون بوابة السفارة الأمريكية في بغداد', 'بوابة السفارة', 'ar'),
		).toBe(true);
		expect(wordsOf('بوابة السفارة', 'ar')).toEqual(['بوابة', 'السفارة']);
	});
});

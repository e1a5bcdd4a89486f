import { describe, expect, it } from 'vitest';
import { countWords, hasWordsOf, readingMinutes, wordsOf } from '../../../src/lib/core/words.ts';

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

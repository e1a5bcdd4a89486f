import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../../src/lib/core/words.ts';

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

import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, slugify } from '../../../scripts/lib/slugify.ts';

describe('slugify', () => {
	it('makes a kebab-case slug from an English headline', () => {
		expect(slugify('Protesters storm the US embassy in Baghdad')).toBe(
			'protesters-storm-the-us-embassy-in-baghdad',
		);
	});

	it('strips accents and spells out letters NFKD keeps whole', () => {
		expect(slugify('Élection à São Paulo: Łódź, Straße, Ærø')).toBe(
			'election-a-sao-paulo-lodz-strasse-aero',
		);
	});

	it('drops apostrophes rather than splitting the word at them', () => {
		expect(slugify("Iran’s hand in Trump's tweet")).toBe('irans-hand-in-trumps-tweet');
	});

	it('collapses runs of punctuation and spaces into one dash, none at either end', () => {
		expect(slugify('  — Breaking!!  "Talks" / 2019 --  ')).toBe('breaking-talks-2019');
	});

	it('cuts a long headline at the last word boundary that fits', () => {
		const headline = 'Parliament votes '.repeat(10);
		const slug = slugify(headline) ?? '';
		expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
		expect(slug).toBe(
			'parliament-votes-parliament-votes-parliament-votes-parliament-votes-parliament',
		);
	});

	it('cuts a single word longer than the limit at the limit', () => {
		expect(slugify('a'.repeat(100))).toBe('a'.repeat(MAX_SLUG_LENGTH));
	});

	it('gives no slug for a headline without Latin letters, such as Arabic or digits alone', () => {
		expect(slugify('اقتحام السفارة الأمريكية في بغداد')).toBeUndefined();
		expect(slugify('عاجل 2019')).toBeUndefined();
	});

	it('keeps the Latin words of a mixed headline', () => {
		expect(slugify('Trump يتهم إيران')).toBe('trump');
	});
});

import { describe, expect, it } from 'vitest';
import {
	articlesByEdition,
	editionOf,
	editionParam,
	siteEditions,
	translationPairs,
} from '../../../../src/lib/site/editions/editions.ts';

const defaults = { description: 'News.', navigation: [{ label: 'Latest', path: '/' }] };
const editions = siteEditions(
	[
		{ lang: 'en' },
		{ lang: 'ar', description: 'أخبار.', navigation: [{ label: 'الأحدث', path: '/ar/' }] },
	],
	defaults,
);
const [english, arabic] = editions;

const article = (slug: string, lang: string, original?: string) => ({
	slug,
	meta: { lang, ...(original === undefined ? {} : { translatedFrom: { article: original } }) },
});

describe('siteEditions', () => {
	it('puts the first edition at the root with the site defaults, each other under its language', () => {
		expect(editions).toEqual([
			{ lang: 'en', dir: 'ltr', root: '/', isDefault: true, ...defaults },
			{
				lang: 'ar',
				dir: 'rtl',
				root: '/ar/',
				isDefault: false,
				description: 'أخبار.',
				navigation: [{ label: 'الأحدث', path: '/ar/' }],
			},
		]);
		expect(editions.map(editionParam)).toEqual([undefined, 'ar']);
	});
});

describe('editionOf', () => {
	it('finds the edition of an article by its primary language subtag', () => {
		expect(editionOf('ar-IQ', editions)).toBe(arabic);
		expect(editionOf('EN-GB', editions)).toBe(english);
	});

	it('puts a language without an edition in the default one', () => {
		expect(editionOf('fa', editions)).toBe(english);
	});
});

describe('articlesByEdition', () => {
	it('lists each edition only its own articles, in the order given', () => {
		const byEdition = articlesByEdition(
			[article('a', 'ar'), article('b', 'en'), article('c', 'ar-IQ'), article('d', 'fr')],
			editions,
		);
		expect(byEdition.get(english!)?.map(({ slug }) => slug)).toEqual(['b', 'd']);
		expect(byEdition.get(arabic!)?.map(({ slug }) => slug)).toEqual(['a', 'c']);
	});
});

describe('translationPairs', () => {
	it('pairs a translation with its original both ways', () => {
		const original = article('asl', 'ar');
		const english = article('translation', 'en', 'asl');
		const french = article('traduction', 'fr', 'asl');
		const { originalOf, translationsOf } = translationPairs([original, english, french]);
		expect(originalOf.get('translation')).toBe(original);
		expect(originalOf.get('traduction')).toBe(original);
		expect(translationsOf.get('asl')).toEqual([english, french]);
		expect(originalOf.has('asl')).toBe(false);
	});

	it('pairs nothing with an original that is not published', () => {
		const { originalOf, translationsOf } = translationPairs([
			article('translation', 'en', 'draft'),
		]);
		expect(originalOf.size).toBe(0);
		expect(translationsOf.size).toBe(0);
	});
});

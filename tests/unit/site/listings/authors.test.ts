import { describe, expect, it } from 'vitest';
import {
	articlesByAuthor,
	bylineLinks,
	bylineNames,
	bylineResolver,
} from '../../../../src/lib/site/listings/authors.ts';

const AUTHORS = [
	{ id: 'jane-doe', name: 'Jane Doe' },
	{ id: 'sam-lee', name: 'Sam Lee' },
];

describe('bylineResolver', () => {
	const resolve = bylineResolver(AUTHORS);

	it.each([
		['Jane Doe', 'jane-doe'],
		['jane-doe', 'jane-doe'],
		['JANE DOE', 'jane-doe'],
		[' Sam Lee ', 'sam-lee'],
	])('finds the author a byline "%s" names', (byline, id) => {
		expect(resolve(byline)?.id).toBe(id);
	});

	it.each(['News desk', 'Reuters', 'Jane', 'فريق الأخبار'])(
		'finds nobody for "%s", whose byline stays plain text',
		(byline) => {
			expect(resolve(byline)).toBeUndefined();
		},
	);
});

describe('bylineNames', () => {
	it('shows an author file’s name for a byline that names it, and any other byline as written', () => {
		expect(bylineNames(['jane-doe', 'News desk', 'SAM LEE'], bylineResolver(AUTHORS))).toEqual([
			'Jane Doe',
			'News desk',
			'Sam Lee',
		]);
	});
});

describe('bylineLinks', () => {
	it('links each byline that names an author file to their page, under its name, and leaves the rest plain', () => {
		const authors = [
			{ byline: 'jane-doe', id: 'jane-doe', name: 'Jane Doe' },
			{ byline: 'SAM LEE', id: 'sam-lee', name: 'Sam Lee' },
		];
		expect(bylineLinks(['jane-doe', 'News desk', 'SAM LEE'], authors, '/news/')).toEqual([
			{ name: 'Jane Doe', href: '/news/authors/jane-doe/' },
			{ name: 'News desk' },
			{ name: 'Sam Lee', href: '/news/authors/sam-lee/' },
		]);
		expect(bylineLinks(['jane-doe'], authors)).toEqual([
			{ name: 'Jane Doe', href: '/authors/jane-doe/' },
		]);
	});
});

describe('articlesByAuthor', () => {
	it("lists each author's articles in the order given, once each, and every author even with none", () => {
		const articles = [
			{ slug: 'c', meta: { authors: ['Jane Doe', 'jane-doe'] } },
			{ slug: 'b', meta: { authors: ['News desk'] } },
			{ slug: 'a', meta: { authors: ['Jane Doe', 'Sam Lee'] } },
		];
		const byAuthor = articlesByAuthor(articles, [...AUTHORS, { id: 'amira', name: 'Amira' }]);
		expect([...byAuthor].map(([id, list]) => [id, list.map((article) => article.slug)])).toEqual([
			['jane-doe', ['c', 'a']],
			['sam-lee', ['a']],
			['amira', []],
		]);
	});
});

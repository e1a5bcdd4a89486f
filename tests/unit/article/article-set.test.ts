import { describe, expect, it } from 'vitest';
import { articleSetProblems } from '../../../src/lib/article/article-set.ts';
import { linkedSlug } from '../../../src/lib/article/slugs.ts';

describe('linkedSlug', () => {
	it.each([
		['../other-story/', 'other-story'],
		['../other-story', 'other-story'],
		['/articles/other-story/', 'other-story'],
		['../other-story.md', 'other-story'],
		['../other-story/index.html#reactions', 'other-story'],
	])('reads %s as a link to %s', (url, slug) => {
		expect(linkedSlug(url, 'this-story')).toBe(slug);
	});

	it.each(['/', '/topics/iraq/', '#reactions', '../../about/', './'])(
		'reads %s as no article',
		(url) => {
			expect(linkedSlug(url, 'this-story')).toBeUndefined();
		},
	);
});

describe('articleSetProblems', () => {
	const entry = (slug: string, links: string[], hero?: string, images: string[] = []) => ({
		file: `content/articles/${slug}.md`,
		source: `---\ntitle: T\n${hero === undefined ? '' : `heroImage: ${hero}\n`}---\n`,
		article: {
			slug,
			articleLinks: links.map((target, index) => ({ slug: target, line: 10 + index })),
			meta: { lang: 'en', ...(hero === undefined ? {} : { hero: { src: hero, alt: 'A' } }) },
			images: images.map((src, index) => ({ src, line: 20 + index })),
		},
	});

	it('names each link to an article no file defines, with its line', () => {
		expect(articleSetProblems([entry('a', ['b', 'gone']), entry('b', [])], () => true)).toEqual([
			{
				file: 'content/articles/a.md',
				line: 11,
				where: 'body',
				expected: 'expected a link to an article that exists',
				found: 'a link to "gone", which no article file defines',
			},
		]);
	});

	it('names a lead image that is not where the front matter says, on its line', () => {
		const problems = articleSetProblems(
			[entry('a', [], './missing.jpg')],
			(_file, src) => src !== './missing.jpg',
		);
		expect(problems).toEqual([
			expect.objectContaining({
				line: 3,
				where: 'front matter "heroImage"',
				found: '"./missing.jpg", which does not exist',
			}),
		]);
	});

	it('names each body image that is not where the article says, on its line', () => {
		const problems = articleSetProblems(
			[entry('a', [], undefined, ['./images/here.jpg', './images/gone.jpg'])],
			(_file, src) => src === './images/here.jpg',
		);
		expect(problems).toEqual([
			{
				file: 'content/articles/a.md',
				line: 21,
				where: 'body',
				expected: 'expected the path of an image file, relative to the article file',
				found: '"./images/gone.jpg", which does not exist',
			},
		]);
	});

	const translation = (slug: string, lang: string, original?: string) => ({
		file: `content/articles/${slug}.md`,
		source: `---\ntitle: T\nlang: ${lang}\n${original === undefined ? '' : `translatedFrom:\n  lang: ar\n  article: ${original}\n`}---\n`,
		article: {
			slug,
			articleLinks: [],
			meta: {
				lang,
				...(original === undefined ? {} : { translatedFrom: { lang: 'ar', article: original } }),
			},
			images: [],
		},
	});

	it('accepts a translation whose original is an article in another language', () => {
		expect(
			articleSetProblems(
				[translation('ar-story', 'ar'), translation('en-story', 'en', 'ar-story')],
				() => true,
			),
		).toEqual([]);
	});

	it('names a translatedFrom.article that no file defines, with its line', () => {
		expect(articleSetProblems([translation('en-story', 'en', 'gone')], () => true)).toEqual([
			{
				file: 'content/articles/en-story.md',
				line: 6,
				where: 'front matter "translatedFrom.article"',
				expected: 'expected the slug of the article this one translates',
				found: '"gone", which no article file defines',
			},
		]);
	});

	it('names a translatedFrom.article in the same language, with its line', () => {
		expect(
			articleSetProblems(
				[translation('other', 'en-GB'), translation('en-story', 'en', 'other')],
				() => true,
			),
		).toEqual([
			{
				file: 'content/articles/en-story.md',
				line: 6,
				where: 'front matter "translatedFrom.article"',
				expected: 'expected an article in another language than this one\'s ("en")',
				found: '"other", which is in "en-GB" too',
			},
		]);
	});
});

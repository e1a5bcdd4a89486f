import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleBlocks } from '../../../src/lib/article/article-schema.ts';
import { parseArticle } from '../../../src/lib/pipeline/parse-article.ts';
import { TEST_OPTIONS } from '../../helpers/shared/article-options.ts';
import { htmlOf } from '../../helpers/shared/parts.ts';

const SEED_FILE = 'content/articles/protesters-storm-us-embassy-in-baghdad.md';
const article = parseArticle(readFileSync(SEED_FILE, 'utf8'), SEED_FILE, TEST_OPTIONS);
const seedText = readFileSync('tests/fixtures/articles/seed.txt', 'utf8');

const RESIDUE_LINE = /^\d{13} [0-9a-f-]{36} [0-9a-f-]{36}$/;
/** The seed's prose paragraphs: every block but the player residue, the heading split off. */
const seedParagraphs = seedText
	.trim()
	.split(/\n\n+/)
	.flatMap((block) =>
		block.startsWith('Embassy protection\n')
			? [block.slice('Embassy protection\n'.length)]
			: [block],
	)
	.filter((block) => !RESIDUE_LINE.test(block.split('\n')[0] ?? ''));

function paragraphsOf(html: string): string[] {
	return [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((match) =>
		(match[1] ?? '').replaceAll('&#x26;', '&').replaceAll('&quot;', '"').replaceAll('&#x27;', "'"),
	);
}

describe('the seed article', () => {
	it('keeps every sentence of the seed word for word, in order', () => {
		const paragraphs = [article.lead, ...article.sections].flatMap((part) =>
			paragraphsOf(htmlOf(part)),
		);
		expect(paragraphs).toEqual(seedParagraphs);
	});

	it('has a lead of seven paragraphs and two sections, "Embassy protection" then "Reactions"', () => {
		expect(paragraphsOf(htmlOf(article.lead))).toHaveLength(7);
		expect(article.sections.map(({ id, title }) => ({ id, title }))).toEqual([
			{ id: 'embassy-protection', title: 'Embassy protection' },
			{ id: 'reactions', title: 'Reactions' },
		]);
		expect(paragraphsOf(htmlOf(article.sections[0]))).toHaveLength(6);
		expect(paragraphsOf(htmlOf(article.sections[1]))[0]).toMatch(
			/^In the context of American reactions/,
		);
	});

	it('turns the player residue into one typed video embed at the end of the lead', () => {
		expect(articleBlocks(article)).toEqual([
			{
				section: null,
				block: {
					kind: 'video',
					videoId: '6118973598001',
					account: '45a05fc5-9b77-4e5d-880d-65cdd2926971',
					player: '5286efed-e195-4567-b5e9-7bbfd07161ab',
				},
			},
		]);
		expect(article.lead.parts.at(-1)?.kind).toBe('video');
		expect(htmlOf(article.lead)).not.toContain('figure');
	});

	it('leaves no line of digits or UUIDs in the text', () => {
		const text = [htmlOf(article.lead), ...article.sections.map((s) => htmlOf(s))]
			.join('\n')
			.replace(/<[^>]+>/g, ' ');
		expect(text).not.toMatch(/\d{13}/);
		expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
		expect(text).not.toMatch(/^\s*video\s*$/m);
	});

	it('carries the front matter of the contract', () => {
		expect(article.slug).toBe('protesters-storm-us-embassy-in-baghdad');
		expect(article.meta).toMatchObject({
			pubDate: { iso: '2019-12-31', hasTime: false },
			dateline: 'Baghdad',
			translatedFrom: { lang: 'ar' },
			lang: 'en',
			dir: 'ltr',
			draft: false,
		});
		expect(article.meta.tags.length).toBeGreaterThan(0);
	});

	it('counts about 600 words and three minutes of reading', () => {
		const seedWords = seedParagraphs.join(' ').split(/\s+/).length;
		// The section headings count as words; the residue does not.
		expect(article.words).toBeGreaterThanOrEqual(seedWords - 10);
		expect(article.words).toBeLessThanOrEqual(seedWords + 10);
		expect(article.readingMinutes).toBe(3);
	});
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText, isTitleLike, textToMarkdown } from '../../../scripts/lib/import-text.ts';
import { parseArticle } from '../../../src/lib/pipeline/parse-article.ts';
import { articleBlocks, type Article } from '../../../src/lib/article/article-schema.ts';
import type { FrontMatter } from '../../../src/lib/article/front-matter-schema.ts';
import { TEST_OPTIONS } from '../../helpers/shared/article-options.ts';
import { htmlOf } from '../../helpers/shared/parts.ts';

const META: FrontMatter = {
	title: 'A headline',
	description: 'A standfirst.',
	pubDate: '2024-03-02',
	author: 'Jane Doe',
};
const ACCOUNT = '45a05fc5-9b77-4e5d-880d-65cdd2926971';
const PLAYER = '5286efed-e195-4567-b5e9-7bbfd07161ab';

describe('textToMarkdown', () => {
	it('keeps blocks separated by blank lines as paragraphs, word for word', () => {
		expect(textToMarkdown('First paragraph.\r\n\r\n\r\nSecond one,\nover two lines.\n')).toBe(
			'First paragraph.\n\nSecond one,\nover two lines.\n',
		);
	});

	it('makes a short title-like first line of a block a heading and keeps the rest a paragraph', () => {
		expect(textToMarkdown('Lead.\n\nEmbassy protection\nFor his part, Esper spoke.')).toBe(
			'Lead.\n\n## Embassy protection\n\nFor his part, Esper spoke.\n',
		);
	});

	it('makes a block of one title-like line a heading', () => {
		expect(textToMarkdown('Lead.\n\nWhat happens next\n\nMore.')).toBe(
			'Lead.\n\n## What happens next\n\nMore.\n',
		);
	});

	it('leaves short lines that end like a sentence, start lower-case or run long as prose', () => {
		expect(isTitleLike('Embassy protection')).toBe(true);
		expect(isTitleLike('He said so.')).toBe(false);
		expect(isTitleLike('Second one,')).toBe(false);
		expect(isTitleLike('Why now?')).toBe(false);
		expect(isTitleLike('He said: “no”')).toBe(false);
		expect(isTitleLike('embassy protection')).toBe(false);
		expect(isTitleLike('One two three four five six seven eight nine')).toBe(false);
	});

	it('turns video player residue into an explicit ::video directive', () => {
		expect(
			textToMarkdown(`Lead.\n\n6118973598001 ${ACCOUNT.toUpperCase()} ${PLAYER}\nvideo\n\nMore.`),
		).toBe(`Lead.\n\n::video{id=6118973598001 account=${ACCOUNT} player=${PLAYER}}\n\nMore.\n`);
	});

	it('splits residue out of a block it shares with prose', () => {
		expect(textToMarkdown(`Lead.\n6118973598001 ${ACCOUNT} ${PLAYER}\nvideo\nMore.`)).toBe(
			`Lead.\n\n::video{id=6118973598001 account=${ACCOUNT} player=${PLAYER}}\n\nMore.\n`,
		);
	});

	it('escapes what Markdown would read as block syntax at the start of a line', () => {
		expect(
			textToMarkdown(
				'# 1 in the polls\n> quoted\n- dash\n+ plus\n* star\n1. first\n2) second\n===\n| a | b |\n::video{id=1}\n~~~',
			),
		).toBe(
			'\\# 1 in the polls\n\\> quoted\n\\- dash\n\\+ plus\n\\* star\n1\\. first\n2\\) second\n\\===\n\\| a | b |\n\\::video{id=1}\n\\~\\~\\~\n',
		);
	});

	it('escapes inline syntax so emphasis, code, links, HTML and entities stay text', () => {
		expect(textToMarkdown('a *b* _c_ `d` [e](f) <g> &amp; \\ AT&T 1999.')).toBe(
			'a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g> \\&amp; \\\\ AT&T 1999.\n',
		);
	});

	it('renders escaped text as the same text', () => {
		const text = '# 1 in *the* polls\n- 5 <b>bold</b> &amp; [x](y) ~z~';
		const article = parseArticle(
			importText(text, META),
			'content/articles/escaped.md',
			TEST_OPTIONS,
		);
		expect(htmlOf(article.lead)).toBe(
			'<p># 1 in *the* polls\n- 5 &#x3C;b>bold&#x3C;/b> &#x26;amp; [x](y) ~z~</p>',
		);
	});
});

describe('importText', () => {
	it('writes the fields as front matter that parseArticle accepts', () => {
		const source = importText('Lead.', {
			...META,
			title: 'Yes: "no" #1',
			tags: ['Iraq', 'United States'],
			dateline: 'Baghdad',
			translatedFrom: { lang: 'ar' },
		});
		expect(source).toMatchInlineSnapshot(`
			"---
			title: "Yes: \\"no\\" #1"
			description: "A standfirst."
			pubDate: 2024-03-02
			author: "Jane Doe"
			dateline: "Baghdad"
			tags: ["Iraq", "United States"]
			translatedFrom:
			  lang: "ar"
			---

			Lead.
			"
		`);
		const { meta } = parseArticle(source, 'content/articles/x.md', TEST_OPTIONS);
		expect(meta.title).toBe('Yes: "no" #1');
		expect(meta.tags).toEqual(['Iraq', 'United States']);
		expect(meta.translatedFrom).toEqual({ lang: 'ar' });
	});
});

describe('importing the seed text', () => {
	const SEED_FILE = 'content/articles/protesters-storm-us-embassy-in-baghdad.md';
	const published = parseArticle(readFileSync(SEED_FILE, 'utf8'), SEED_FILE, TEST_OPTIONS);
	const imported = parseArticle(
		importText(readFileSync('tests/fixtures/articles/seed.txt', 'utf8'), {
			title: published.meta.title,
			description: published.meta.description,
			pubDate: '2019-12-31',
			author: 'News desk',
		}),
		SEED_FILE,
		TEST_OPTIONS,
	);

	const paragraphs = (article: Article) =>
		[htmlOf(article.lead), ...article.sections.map((s) => htmlOf(s))].flatMap((html) =>
			[...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]),
		);

	it('gives the published paragraphs, in order', () => {
		expect(paragraphs(imported)).toHaveLength(16);
		expect(paragraphs(imported)).toEqual(paragraphs(published));
	});

	it('gives the same video embed', () => {
		const withoutSection = (article: Article) => articleBlocks(article).map(({ block }) => block);
		expect(withoutSection(imported)).toEqual(withoutSection(published));
		expect(withoutSection(imported)).toHaveLength(1);
	});

	it('gives the published headings but the editorial "Reactions"', () => {
		expect(imported.sections.map((s) => s.title)).toEqual(['Embassy protection']);
		expect(published.sections.map((s) => s.title)).toEqual(['Embassy protection', 'Reactions']);
	});
});

import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../../src/lib/article/article-error.ts';
import { articleBlocks } from '../../../src/lib/article/article-schema.ts';
import { slugOf } from '../../../src/lib/article/slugs.ts';
import { parseArticle } from '../../../src/lib/pipeline/parse-article.ts';
import { TEST_OPTIONS, articleSource } from '../../helpers/shared/article-options.ts';
import { htmlOf } from '../../helpers/shared/parts.ts';

const ACCOUNT = '45a05fc5-9b77-4e5d-880d-65cdd2926971';
const PLAYER = '5286efed-e195-4567-b5e9-7bbfd07161ab';

function problemsOf(source: string, file = 'content/articles/x.md'): string[] {
	try {
		parseArticle(source, file, TEST_OPTIONS);
	} catch (error) {
		if (error instanceof ArticleError)
			return error.problems.map((p) => `${p.line ?? '-'} ${p.where}`);
		throw error;
	}
	return [];
}

describe('parseArticle', () => {
	it('reports problems of front matter and body together, in line order', () => {
		const source = '---\ntitle: T\npubDate: soon\nauthor: A\n---\n\n# Heading one\n\nText.\n';
		expect(problemsOf(source)).toEqual([
			'2 front matter "description"',
			'3 front matter "pubDate"',
			'7 body',
		]);
	});

	it('reports a file name that is not a kebab-case slug', () => {
		expect(problemsOf(articleSource('Text.'), 'content/articles/My Story.md')).toEqual([
			'- file name',
		]);
	});

	it('reports an updatedDate before pubDate', () => {
		expect(problemsOf(articleSource('Text.', 'updatedDate: 2024-03-01\n'))).toEqual([
			'6 front matter "updatedDate"',
		]);
	});

	it('makes an Arabic article right-to-left and counts its words', () => {
		const article = parseArticle(
			articleSource('اقتحم متظاهرون بوابة السفارة.\n\n## ردود الفعل\n\nقال المتحدث.', 'lang: ar\n'),
			'a.md',
			TEST_OPTIONS,
		);
		expect(article.meta).toMatchObject({ lang: 'ar', dir: 'rtl' });
		expect(article.sections[0]?.id).toBe('ردود-الفعل');
		expect(article.words).toBe(4 + 2 + 2);
	});

	it('sanitizes raw HTML in the body but keeps its text', () => {
		const article = parseArticle(
			articleSource(
				'<p onclick="alert(1)">Kept <b>bold</b></p>\n\n<script>alert(2)</script>\n\n[x](javascript:alert(3))',
			),
			'a.md',
			TEST_OPTIONS,
		);
		expect(htmlOf(article.lead)).not.toMatch(/onclick|<script|javascript:/i);
		expect(htmlOf(article.lead)).toContain('<p>Kept <b>bold</b></p>');
	});

	it('gives an article without ## headings a lead and no sections', () => {
		const article = parseArticle(articleSource('One.\n\nTwo.'), 'a.md', TEST_OPTIONS);
		expect(article.sections).toEqual([]);
		expect(htmlOf(article.lead)).toBe('<p>One.</p>\n<p>Two.</p>');
	});

	it('keeps a video as a typed block in the section it stands in, not as HTML', () => {
		const article = parseArticle(
			articleSource(
				`Lead.\n\n## Scene\n\nBefore.\n\n::video{id=42 account=${ACCOUNT} player=${PLAYER}}\n\nAfter.`,
			),
			'a.md',
			TEST_OPTIONS,
		);
		expect(articleBlocks(article)).toEqual([
			{
				section: 'scene',
				block: { kind: 'video', videoId: '42', account: ACCOUNT, player: PLAYER },
			},
		]);
		expect(article.sections[0]?.parts).toEqual([
			{ kind: 'html', html: '<p>Before.</p>' },
			{ kind: 'video', videoId: '42', account: ACCOUNT, player: PLAYER },
			{ kind: 'html', html: '<p>After.</p>' },
		]);
	});

	it('does not count the facade words as the story', () => {
		const withVideo = parseArticle(
			articleSource(`Three words here.\n\n6118973598001 ${ACCOUNT} ${PLAYER}\nvideo`),
			'a.md',
			TEST_OPTIONS,
		);
		expect(withVideo.words).toBe(3);
	});

	it('reads a calendar date at midnight in the site time zone', () => {
		const article = parseArticle(articleSource('Text.'), 'a.md', {
			...TEST_OPTIONS,
			timeZone: 'Asia/Baghdad',
		});
		expect(article.meta.pubDate).toEqual({
			iso: '2024-03-02',
			hasTime: false,
			epochMs: Date.parse('2024-03-01T21:00:00Z'),
		});
	});

	it('accepts Windows line endings and a byte-order mark', () => {
		const source = `\uFEFF${articleSource('Text.\n\n## Part\n\nMore.')}`.replaceAll('\n', '\r\n');
		expect(parseArticle(source, 'a.md', TEST_OPTIONS).sections).toHaveLength(1);
	});

	it('keeps a list of authors and removes repeated tags', () => {
		const source =
			'---\ntitle: T\ndescription: D\npubDate: 2024-03-02T10:00:00+03:00\nauthor: [A, B]\ntags: [x, x, y]\n---\n\nText.\n';
		const article = parseArticle(source, 'a.md', TEST_OPTIONS);
		expect(article.meta).toMatchObject({
			authors: ['A', 'B'],
			tags: ['x', 'y'],
			pubDate: { hasTime: true, epochMs: Date.parse('2024-03-02T07:00:00Z') },
		});
	});
});

describe('parseArticle with story blocks', () => {
	const BODY = [
		'The river crested at dawn. "The wall did what it was built to do," the mayor said.',
		'',
		'![Sandbags on the quay](./images/quay.jpg "Volunteers on the quay.")',
		'',
		':::pullquote{cite="The mayor"}',
		'The wall did what it was built to do.',
		':::',
		'',
		'## The night',
		'',
		':::factbox{title="Key facts"}',
		'- Raised in five hours',
		':::',
		'',
		'::::gallery',
		'![Stalls](./images/market.jpg)',
		'![Sandbags](./images/quay.jpg)',
		'::::',
	].join('\n');

	it('keeps blocks as typed parts with their rich text as sanitized HTML', () => {
		const article = parseArticle(articleSource(BODY), 'content/articles/x.md', TEST_OPTIONS);
		expect(articleBlocks(article).map(({ block, section }) => [block.kind, section])).toEqual([
			['figure', null],
			['pullquote', null],
			['factbox', 'the-night'],
			['gallery', 'the-night'],
		]);
		expect(articleBlocks(article)[0]?.block).toEqual({
			kind: 'figure',
			src: './images/quay.jpg',
			alt: 'Sandbags on the quay',
			caption: { kind: 'html', html: 'Volunteers on the quay.' },
		});
		expect(htmlOf(article.lead)).not.toContain('<img');
	});

	it('lists every local image with its file line, in reading order', () => {
		const article = parseArticle(articleSource(BODY), 'content/articles/x.md', TEST_OPTIONS);
		expect(article.images).toEqual([
			{ src: './images/quay.jpg', line: 10 },
			{ src: './images/market.jpg', line: 23 },
			{ src: './images/quay.jpg', line: 24 },
		]);
	});

	it("counts the author's words in captions and fact boxes, not a pull quote's repeat", () => {
		const article = parseArticle(articleSource(BODY), 'content/articles/x.md', TEST_OPTIONS);
		// 17 in the lead's paragraph, 4 in the caption (not the 8 of the quote); 2 in the heading, 4 in
		// the fact box.
		expect(article.lead.words).toBe(21);
		expect(article.sections[0]?.words).toBe(6);
	});

	it("warns, without failing, when a pull quote is not the article's own words", () => {
		const article = parseArticle(
			articleSource(BODY.replace('The wall did what it was built to do.\n', 'Never again.\n')),
			'content/articles/x.md',
			TEST_OPTIONS,
		);
		expect(article.warnings).toEqual([
			{
				file: 'content/articles/x.md',
				line: 12,
				where: 'body',
				expected: "expected the words of a pull quote to be the article's own, as written in it",
				found: '"Never again.", which the article\'s text does not contain',
			},
		]);
		expect(
			parseArticle(articleSource(BODY), 'content/articles/x.md', TEST_OPTIONS).warnings,
		).toEqual([]);
	});
});

describe('slugOf', () => {
	it('takes the file name without folder or extension', () => {
		expect(slugOf('content/articles/2019/storm-at-the-embassy.md')).toBe('storm-at-the-embassy');
	});
});

describe('parseArticle on outsized input', () => {
	it('parses a 5 MB article', () => {
		const paragraph = 'The council approved the bridge after a long debate about its cost. '.repeat(
			12,
		);
		const body = Array.from(
			{ length: Math.ceil(5_000_000 / paragraph.length) },
			() => paragraph,
		).join('\n\n');
		const article = parseArticle(articleSource(body), 'big.md', TEST_OPTIONS);
		expect(article.words).toBeGreaterThan(700_000);
		expect(htmlOf(article.lead).length).toBeGreaterThan(5_000_000);
	}, 30_000);

	it('gives each of 10,000 headings its own section and a unique id', () => {
		const body = Array.from({ length: 10_000 }, (_, i) => `## Update ${i % 50}\n\nText ${i}.`).join(
			'\n\n',
		);
		const article = parseArticle(articleSource(body), 'headings.md', TEST_OPTIONS);
		expect(article.sections).toHaveLength(10_000);
		expect(new Set(article.sections.map((section) => section.id)).size).toBe(10_000);
	}, 30_000);
});

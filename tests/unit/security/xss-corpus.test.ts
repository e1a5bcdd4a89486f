import { afterAll, describe, expect, it } from 'vitest';
import { ArticleError } from '../../../src/lib/article/article-error.ts';
import { parseArticle } from '../../../src/lib/pipeline/parse-article.ts';
import { TEST_OPTIONS, articleSource } from '../../helpers/shared/article-options.ts';
import { clobberFindings, unsafeFindings, urlScheme } from '../../helpers/shared/html-safety.ts';
import { countVectors, loadXssCorpus } from '../../../scripts/lib/xss-corpus.ts';
import { blockHtmlOf, htmlOf } from '../../helpers/shared/parts.ts';
import { articleBlocks, type Article } from '../../../src/lib/article/article-schema.ts';

const corpus = loadXssCorpus();

/** Where in an article a vector is put: each is a body around the payload. */
const PLACES: Record<string, (payload: string) => string | undefined> = {
	'between two paragraphs of the lead': (payload) =>
		`Opening paragraph.\n\n${payload}\n\nClosing paragraph.`,
	'inside a section': (payload) => `Lead paragraph.\n\n## A section\n\n${payload}\n\nSection text.`,
	'inline in a sentence': (payload) => `Lead paragraph with ${payload} inside it.`,
	'as link text': (payload) =>
		oneLine(payload, `Lead paragraph: [${payload}](https://example.com/).`),
	'as a link destination': (payload) => oneLine(payload, `Lead paragraph: [a link](${payload}).`),
	'as an image source': (payload) => oneLine(payload, `Lead paragraph.\n\n![an image](${payload})`),
	'as a reference definition': (payload) =>
		oneLine(payload, `Lead paragraph: [a reference][ref].\n\n[ref]: ${payload}`),
	// Inside blocks: the author's text (sanitized like the body) and every attribute.
	'as a figure caption': (payload) => `Lead.\n\n:::figure{src=./a.jpg alt=A}\n${payload}\n:::`,
	"as a body image's title": (payload) => oneLine(payload, `Lead.\n\n![A](./a.jpg "${payload}")`),
	'as a pull quote': (payload) => `Lead.\n\n:::pullquote{cite=A}\n${payload}\n:::`,
	'as a fact box': (payload) => `Lead.\n\n:::factbox{title=Facts}\n${payload}\n:::`,
	'as a timeline event': (payload) =>
		oneLine(payload, `Lead.\n\n:::timeline\n- 2019-12-29: ${payload}\n:::`),
	"as a post's words": (payload) =>
		`Lead.\n\n:::post{url=https://a.example/1 author=A date=2019-12-31}\n${payload}\n:::`,
	// Attributes are plain text: one hostile value at a time, the others valid, so that the block
	// is built and its data checked.
	"as a figure's alt, credit and warning": (payload) =>
		oneLine(
			payload,
			`Lead.\n\n::figure{src=./a.jpg alt="${payload}" credit="${payload}" sensitive="${payload}"}`,
		),
	"as a figure's src": (payload) => oneLine(payload, `Lead.\n\n::figure{src="${payload}" alt=A}`),
	"as a post's url": (payload) =>
		oneLine(payload, `Lead.\n\n:::post{url="${payload}" author=A date=2019-12-31}\nWords.\n:::`),
	"as a post's author and handle": (payload) =>
		oneLine(
			payload,
			`Lead.\n\n:::post{url=https://a.example/1 author="${payload}" handle="${payload}" date=2019-12-31}\nWords.\n:::`,
		),
	"as a pull quote's cite and a fact box's title": (payload) =>
		oneLine(
			payload,
			`Lead.\n\n:::pullquote{cite="${payload}"}\nLead.\n:::\n\n:::factbox{title="${payload}"}\nFacts.\n:::`,
		),
};

function oneLine(payload: string, body: string): string | undefined {
	return payload.includes('\n') ? undefined : body;
}

const rejected: string[] = [];

/**
 * What is wrong with the plain data of an article's blocks: a post's address is http(s) only, an
 * image path is a file next to the article (no scheme), whatever the author wrote.
 */
function blockDataFindings(article: Article): string[] {
	return articleBlocks(article).flatMap(({ block }) => {
		switch (block.kind) {
			case 'post':
				return ['http', 'https'].includes(urlScheme(block.url) ?? '')
					? []
					: [`post url ${JSON.stringify(block.url)}`];
			case 'figure':
				return urlScheme(block.src) === undefined
					? []
					: [`figure src ${JSON.stringify(block.src)}`];
			case 'gallery':
				return block.figures.flatMap((figure) =>
					urlScheme(figure.src) === undefined ? [] : [`figure src ${JSON.stringify(figure.src)}`],
				);
			default:
				return [];
		}
	});
}

afterAll(() => {
	// The figures for the report: how many vectors of each source and class ran.
	console.log(`XSS corpus through parseArticle\n${countVectors(corpus)}`);
	if (rejected.length > 0)
		console.log(`rejected with an ArticleError:\n  ${rejected.join('\n  ')}`);
});

describe('the XSS corpus through the real pipeline', () => {
	it('has a few hundred vectors, each with a unique id', () => {
		expect(corpus.length).toBeGreaterThanOrEqual(300);
		expect(new Set(corpus.map((vector) => vector.id)).size).toBe(corpus.length);
	});

	it.each(corpus)('$id ($class) renders nothing that can run script', (vector) => {
		const findings: string[] = [];
		for (const [place, wrap] of Object.entries(PLACES)) {
			const body = wrap(vector.payload);
			if (body === undefined) continue;
			let article;
			try {
				article = parseArticle(
					articleSource(body),
					`content/articles/${vector.id}.md`,
					TEST_OPTIONS,
				);
			} catch (error) {
				// A clear error naming the file is a safe outcome; anything else is a crash.
				expect(error).toBeInstanceOf(ArticleError);
				rejected.push(
					`${vector.id} ${place}: ${(error as Error).message.split('\n')[1]?.trim() ?? ''}`,
				);
				continue;
			}
			findings.push(...blockDataFindings(article).map((finding) => `${place}: ${finding}`));
			for (const html of [
				htmlOf(article.lead),
				blockHtmlOf(article.lead),
				...article.sections.flatMap((section) => [htmlOf(section), blockHtmlOf(section)]),
			]) {
				findings.push(
					...[...unsafeFindings(html), ...clobberFindings(html)].map(
						(finding) => `${place}: ${finding}`,
					),
				);
			}
		}
		expect(findings).toEqual([]);
	});
});

describe('block attributes an attacker writes', () => {
	const parse = (body: string) =>
		parseArticle(articleSource(body), 'content/articles/x.md', TEST_OPTIONS);

	it.each([
		'javascript:alert(1)',
		'JaVaScRiPt:alert(1)',
		' javascript:alert(1)',
		'java&#x09;script:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'vbscript:msgbox(1)',
		'//evil.example/post',
		'/relative/post',
	])('rejects a post whose url is %j, naming the file and line', (url) => {
		expect(() =>
			parse(`Lead.\n\n:::post{url="${url}" author=A date=2019-12-31}\nWords.\n:::`),
		).toThrow(
			/content\/articles\/x\.md:10 body: expected the url of :::post to be the original post's http: or https: address/,
		);
	});

	it('keeps markup in a caption only as the sanitizer allows it', () => {
		const article = parse(
			'Lead.\n\n:::figure{src=./a.jpg alt=A}\nA <img src=x onerror=alert(1)> <a href="javascript:alert(1)" onclick="x()">caption</a> <script>alert(1)</script>\n:::',
		);
		const html = blockHtmlOf(article.lead);
		expect(html).toBe('A <img src="x"> <a>caption</a>');
		expect(unsafeFindings(html)).toEqual([]);
	});

	it('keeps a credit with quotes and markup as plain text, for the page to escape', () => {
		const article = parse(
			`Lead.\n\n::figure{src=./a.jpg alt='The "gate"' credit='Jane "JD" Doe <b onclick=x>/AP'}`,
		);
		expect(articleBlocks(article).map(({ block }) => block)).toEqual([
			{
				kind: 'figure',
				src: './a.jpg',
				alt: 'The "gate"',
				credit: 'Jane "JD" Doe <b onclick=x>/AP',
			},
		]);
	});

	it('rejects a figure whose src is a script, data or remote URL', () => {
		for (const src of [
			'javascript:alert(1).jpg',
			'data:image/png;base64,AA.png',
			'https://evil.example/a.jpg',
		])
			expect(() => parse(`Lead.\n\n::figure{src="${src}" alt=A}`)).toThrow(/src of ::figure/);
	});
});

describe('the checker the corpus test relies on', () => {
	it.each([
		['<img src=x onerror=alert(1)>', 'attribute onError'],
		['<a href="&#x6A;avascript:alert(1)">x</a>', 'javascript: URL in href'],
		['<a href="jav&#x09;ascript:alert(1)">x</a>', 'javascript: URL in href'],
		['<a href="\u2028javascript:alert(1)">x</a>', 'javascript: URL in href'],
		['<a href=" &#x200B;JaVaScRiPt:alert(1)">x</a>', 'javascript: URL in href'],
		['<img srcset="/a.png 1x, javascript:alert(1) 2x">', 'javascript: URL in srcSet'],
		['<svg><a xlink:href="data:text/html,x">x</a></svg>', 'element <svg>'],
		['<math><mi href="javascript:alert(1)">x</mi></math>', 'javascript: URL in href'],
		['<p style="color:red">x</p>', 'attribute style'],
		[
			'<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
			'element <noscript>',
		],
		['<input type=image formaction=javascript:alert(1)>', 'attribute formAction'],
	])('flags %s', (html, expected) => {
		expect(unsafeFindings(html).join('\n')).toContain(expected);
	});

	it('flags an author id or name without the clobber prefix', () => {
		expect(clobberFindings('<img name="cookie"><p id="user-content-x">x</p>')).toEqual([
			'name "cookie" without the user-content- prefix',
		]);
	});

	it('flags most of the corpus when it is NOT sanitized', () => {
		const flagged = corpus.filter((vector) => unsafeFindings(vector.payload).length > 0);
		// Markdown-only vectors and plain script text are not HTML until a renderer makes them so.
		expect(flagged.length / corpus.length).toBeGreaterThan(0.6);
	});

	it('reads a URL scheme the way a browser does', () => {
		expect(urlScheme('/javascript:alert(1)')).toBeUndefined();
		expect(urlScheme('java\tscript:alert(1)')).toBe('javascript');
		expect(urlScheme('\u0001javascript:x')).toBe('javascript');
		expect(urlScheme('HTTPS://example.com/')).toBe('https');
		expect(urlScheme('#section')).toBeUndefined();
	});
});

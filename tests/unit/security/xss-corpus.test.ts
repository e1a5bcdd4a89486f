import { afterAll, describe, expect, it } from 'vitest';
import { ArticleError } from '../../../src/lib/article/article-error.ts';
import { parseArticle } from '../../../src/lib/pipeline/parse-article.ts';
import { TEST_OPTIONS, articleSource } from '../../helpers/article-options.ts';
import { clobberFindings, unsafeFindings, urlScheme } from '../../helpers/html-safety.ts';
import { countVectors, loadXssCorpus } from '../../../scripts/lib/xss-corpus.ts';
import { htmlOf } from '../../helpers/parts.ts';

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
};

function oneLine(payload: string, body: string): string | undefined {
	return payload.includes('\n') ? undefined : body;
}

const rejected: string[] = [];

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
			for (const html of [
				htmlOf(article.lead),
				...article.sections.map((section) => htmlOf(section)),
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

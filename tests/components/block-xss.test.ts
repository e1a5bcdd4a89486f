import { describe, expect, it } from 'vitest';
import ArticleBlock from '../../src/components/article/blocks/ArticleBlock.astro';
import type { Block } from '../../src/lib/article/article-schema.ts';
import { uiStrings } from '../../src/lib/site/i18n/strings.ts';
import { loadXssCorpus } from '../../scripts/lib/xss-corpus.ts';
import { clobberFindings, unsafeFindings, urlScheme } from '../helpers/shared/html-safety.ts';
import { htmlPart as html, renderHtml, TEST_SITE } from '../helpers/components/render-component.ts';
import quay from '../fixtures/site/articles/images/quay-sandbags.jpg';

/**
 * Every attribute a block takes is plain text the pipeline checked, never HTML: whatever an
 * author writes in one (the XSS corpus's 511 vectors), a component renders it as text. A block's
 * rich text (`HtmlPart`) is the sanitizer's output, which tests/unit/security covers.
 */
const corpus = loadXssCorpus();

/** Each block with a hostile string in every plain-text attribute it takes. */
function hostileBlocks(payload: string): Block[] {
	return [
		{ kind: 'figure', src: './quay.jpg', alt: payload, credit: payload, sensitive: payload },
		{ kind: 'figure', src: './quay.jpg', alt: payload },
		{
			kind: 'gallery',
			sensitive: payload,
			figures: [
				{ src: './quay.jpg', alt: payload, credit: payload },
				{ src: './quay.jpg', alt: payload },
			],
		},
		{ kind: 'pullquote', quote: html('q'), cite: payload },
		{ kind: 'factbox', title: payload, content: html('c') },
		{
			kind: 'post',
			url: 'https://social.example/1',
			author: payload,
			handle: payload,
			date: '2019-12-31',
			text: html('p'),
		},
	];
}

async function render(block: Block, rights = {}): Promise<string> {
	return renderHtml(ArticleBlock, {
		block,
		strings: uiStrings('en'),
		lang: 'en',
		images: { files: { './quay.jpg': quay }, rights: { './quay.jpg': rights }, ids: new Map() },
		headingLevel: 3,
		site: TEST_SITE,
	});
}

describe('block components against the XSS corpus in every plain-text attribute', () => {
	it.each(corpus)('$id renders as text wherever an author can put it', async ({ payload }) => {
		const findings: string[] = [];
		const blocks = hostileBlocks(payload);
		const pages = await Promise.all([
			...blocks.map((block) => render(block)),
			// The rights an image file declares are an author's text too.
			render(blocks[1] as Block, { credit: payload, creator: payload }),
		]);
		for (const page of pages) findings.push(...unsafeFindings(page), ...clobberFindings(page));
		expect(findings).toEqual([]);
	});

	it('keeps a credit with quotes and angle brackets as the text it is', async () => {
		const page = await render({
			kind: 'figure',
			src: './quay.jpg',
			alt: 'A',
			credit: `Jane "JD" O'Doe <AP>`,
		});
		expect(page).toContain('Photo: Jane &quot;JD&quot; O&#39;Doe &lt;AP&gt;');
	});
});

describe("a post's link", () => {
	it.each([
		'javascript:alert(1)',
		' JaVaScRiPt:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'vbscript:x',
		'//evil.example/x',
	])('is left out, with its cite, for %j (which the pipeline never lets through)', async (url) => {
		const page = await render({
			kind: 'post',
			url,
			author: 'A',
			date: '2019-12-31',
			text: html('p'),
		});
		expect(page).not.toContain('<a ');
		expect(page).not.toContain('cite=');
		expect(unsafeFindings(page)).toEqual([]);
	});

	it('links only http(s) addresses', async () => {
		const page = await render({
			kind: 'post',
			url: 'https://social.example/1',
			author: 'A',
			date: '2019-12-31',
			text: html('p'),
		});
		const hrefs = [...page.matchAll(/\shref="([^"]*)"/g)].map((match) => urlScheme(match[1] ?? ''));
		expect(hrefs).toEqual(['https']);
	});
});

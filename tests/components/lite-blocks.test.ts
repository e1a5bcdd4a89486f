import { describe, expect, it } from 'vitest';
import FigureBlock from '../../src/components/article/blocks/FigureBlock.astro';
import LiteBlock from '../../src/components/lite/LiteBlock.astro';
import type { Block, FigureImage } from '../../src/lib/article/article-schema.ts';
import { uiStrings } from '../../src/lib/site/i18n/strings.ts';
import { readableText } from '../helpers/shared/site-pages.ts';
import { htmlPart as html, render, TEST_SITE } from '../helpers/components/render-component.ts';
import market from '../fixtures/site/articles/images/riverside-market-at-dawn.jpg';

const figure = (src: string, alt: string, extra: Partial<FigureImage> = {}): FigureImage => ({
	src,
	alt,
	...extra,
});

/** A text-only block, with each figure linked to `/articles/x/?full#<its src>`. */
function renderLite(block: Block, lang = 'en') {
	return render(LiteBlock, {
		block,
		strings: uiStrings(lang),
		lang,
		headingLevel: 3,
		figureLink: (image: FigureImage) => `/articles/x/?full#${image.src}`,
		rights: { './gate.jpg': { credit: 'Agency' } },
		site: TEST_SITE,
	});
}

describe('a block in the text-only edition', () => {
	it('makes a figure a link to the full page, its alternative as text, with caption and credit, and no image', async () => {
		const page = await renderLite({
			kind: 'figure',
			...figure('./gate.jpg', 'Protesters at the gate', { caption: html('The <em>gate</em>.') }),
		});
		expect(page.querySelectorAll('img, picture, source')).toHaveLength(0);
		const link = page.querySelector('figure > a');
		expect(link?.getAttribute('href')).toBe('/articles/x/?full#./gate.jpg');
		expect(link?.textContent).toBe('Image: Protesters at the gate');
		// The file's own credit, as the full page prints it when the article gives none.
		expect(readableText(page.querySelector('figcaption')!)).toBe('The gate. Photo: Agency');
	});

	it('links each figure of a gallery, and says why a sensitive one is hidden on the full page', async () => {
		const page = await renderLite({
			kind: 'gallery',
			sensitive: 'Shows the injured',
			figures: [figure('./a.jpg', 'First'), figure('./b.jpg', 'Second', { credit: 'Ana Ruiz' })],
		});
		expect(page.querySelectorAll('figure > a').map((a) => a.getAttribute('href'))).toEqual([
			'/articles/x/?full#./a.jpg',
			'/articles/x/?full#./b.jpg',
		]);
		expect(readableText(page)).toBe(
			'Sensitive content Shows the injured Image: First Image: Second Photo: Ana Ruiz',
		);
	});

	it('makes a video a plain link to the player, in Arabic with Arabic words', async () => {
		const page = await renderLite(
			{ kind: 'video', videoId: '6118973598001', account: 'acc', player: 'pl' },
			'ar',
		);
		const link = page.querySelector('a');
		expect(link?.getAttribute('href')).toBe('https://player.example/acc/pl/?v=6118973598001');
		expect(link?.textContent).toBe('شغّل الفيديو');
		expect(page.querySelectorAll('iframe, img, video')).toHaveLength(0);
	});

	it('keeps the words of a pull quote, a fact box, a timeline and a post', async () => {
		const quote = await renderLite({
			kind: 'pullquote',
			quote: html('<p>We will stay.</p>'),
			cite: 'A protester',
		});
		expect(readableText(quote)).toBe('We will stay. A protester');
		const facts = await renderLite({
			kind: 'factbox',
			title: 'Key facts',
			content: html('<ul><li>The embassy is in the Green Zone.</li></ul>'),
		});
		expect(facts.querySelector('aside > h3')?.textContent).toBe('Key facts');
		expect(readableText(facts)).toBe('Key facts The embassy is in the Green Zone.');
		const timeline = await renderLite({
			kind: 'timeline',
			events: [{ date: '2019-12-29', text: html('US strikes on five sites.') }],
		});
		expect(timeline.querySelector('ol')?.getAttribute('aria-label')).toBe('Timeline');
		expect(timeline.querySelector('time')?.getAttribute('datetime')).toBe('2019-12-29');
		const post = await renderLite({
			kind: 'post',
			url: 'https://x.example/status/1',
			author: 'Donald J. Trump',
			handle: '@realDonaldTrump',
			date: '2019-12-31',
			text: html('<p>Iran will be held fully responsible.</p>'),
		});
		expect(post.querySelector('blockquote')?.getAttribute('cite')).toBe(
			'https://x.example/status/1',
		);
		expect(post.querySelector('figcaption a')?.getAttribute('href')).toBe(
			'https://x.example/status/1',
		);
	});
});

describe('a figure of the full page', () => {
	it('carries the id the text-only edition links to', async () => {
		const image = { kind: 'figure', ...figure('./market.jpg', 'Stalls at dawn') } as const;
		const page = await render(FigureBlock, {
			figure: image,
			images: { files: { './market.jpg': market }, rights: {}, ids: new Map([[image, 'photo.3']]) },
			strings: uiStrings('en'),
		});
		expect(page.querySelector('figure')?.id).toBe('photo.3');
	});
});

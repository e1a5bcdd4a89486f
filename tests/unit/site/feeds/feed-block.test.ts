import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import type { Block, ImageRights } from '../../../../src/lib/article/article-schema.ts';
import { feedBlock } from '../../../../src/lib/site/feeds/feed-block.ts';
import { uiStrings } from '../../../../src/lib/site/i18n/strings.ts';

const PUBLISHED = { url: 'https://news.example/_astro/gate.jpg', width: 1200, height: 800 };

/** A block as a feed prints it, with `./gate.jpg` published and the given file rights. */
function feedHtml(block: Block, rights?: Record<string, ImageRights>): string {
	return toHtml(
		feedBlock(block, {
			strings: uiStrings('en'),
			videoPlayerUrl: 'https://player.example/{account}/{player}/?videoId={videoId}',
			image: (src) => (src === './gate.jpg' ? PUBLISHED : undefined),
			rights,
		}),
	);
}

describe('feedBlock', () => {
	it('credits a figure the article gives no credit as its file does', () => {
		expect(
			feedHtml(
				{ kind: 'figure', src: './gate.jpg', alt: 'The gate' },
				{
					'./gate.jpg': { credit: 'Jane Doe/Agency', creator: 'Jane Doe' },
				},
			),
		).toBe(
			'<figure><img src="https://news.example/_astro/gate.jpg" alt="The gate" width="1200" height="800"><figcaption>Photo: Jane Doe/Agency</figcaption></figure>',
		);
	});

	it('falls back to the file’s creator, and puts the credit after the caption', () => {
		expect(
			feedHtml(
				{
					kind: 'figure',
					src: './gate.jpg',
					alt: 'The gate',
					caption: { kind: 'html', html: 'The <em>gate</em>.' },
				},
				{ './gate.jpg': { creator: 'Jane Doe' } },
			),
		).toContain('<figcaption>The <em>gate</em>. Photo: Jane Doe</figcaption>');
	});

	it('prints the article’s own credit over the file’s, in a gallery too', () => {
		const out = feedHtml(
			{
				kind: 'gallery',
				figures: [
					{ src: './gate.jpg', alt: 'The gate', credit: 'News desk' },
					{ src: './wall.jpg', alt: 'The wall' },
				],
			},
			{ './gate.jpg': { credit: 'Agency' }, './wall.jpg': { credit: 'Agency' } },
		);
		expect(out).toBe(
			'<div><figure><img src="https://news.example/_astro/gate.jpg" alt="The gate" width="1200" height="800"><figcaption>Photo: News desk</figcaption></figure>' +
				// The image without a published file is described, and credited as its file says.
				'<figure><p>Image: The wall</p><figcaption>Photo: Agency</figcaption></figure></div>',
		);
	});

	it('prints no caption when neither the article nor the file names anyone', () => {
		expect(feedHtml({ kind: 'figure', src: './gate.jpg', alt: 'The gate' }, {})).not.toContain(
			'<figcaption',
		);
		expect(feedHtml({ kind: 'figure', src: './gate.jpg', alt: 'The gate' })).not.toContain(
			'<figcaption',
		);
	});
});

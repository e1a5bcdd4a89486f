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
			timeZone: 'UTC',
			image: (src) => (src === './gate.jpg' ? PUBLISHED : undefined),
			rights,
		}),
	);
}

describe('feedBlock', () => {
	it('shows a timeline’s date-time in the site’s zone, and a calendar date as written', () => {
		const block = feedBlock(
			{
				kind: 'timeline',
				events: [
					{ date: '2019-12-31T14:05:00Z', text: { kind: 'html', html: 'Protest.' } },
					{ date: '2019-12-29', text: { kind: 'html', html: 'Strikes.' } },
				],
			},
			{ strings: uiStrings('en'), videoPlayerUrl: '', timeZone: 'Asia/Baghdad' },
		);
		expect(toHtml(block)).toBe(
			'<ol><li><time datetime="2019-12-31T14:05:00Z">December 31, 2019 at 5:05 PM GMT+3</time>: Protest.</li>' +
				'<li><time datetime="2019-12-29">December 29, 2019</time>: Strikes.</li></ol>',
		);
	});

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

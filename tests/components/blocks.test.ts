import { describe, expect, it } from 'vitest';
import ArticleBlock from '../../src/components/article/blocks/ArticleBlock.astro';
import FactboxBlock from '../../src/components/article/blocks/FactboxBlock.astro';
import FigureBlock from '../../src/components/article/blocks/FigureBlock.astro';
import GalleryBlock from '../../src/components/article/blocks/GalleryBlock.astro';
import PostBlock from '../../src/components/article/blocks/PostBlock.astro';
import PullquoteBlock from '../../src/components/article/blocks/PullquoteBlock.astro';
import TimelineBlock from '../../src/components/article/blocks/TimelineBlock.astro';
import VideoBlock from '../../src/components/article/blocks/VideoBlock.astro';
import type { Block } from '../../src/lib/article/article-schema.ts';
import { otherLang, uiStrings } from '../../src/lib/site/i18n/strings.ts';
import { htmlPart as html, render, TEST_SITE } from '../helpers/components/render-component.ts';
import quay from '../fixtures/site/articles/images/quay-sandbags.jpg';
import market from '../fixtures/site/articles/images/riverside-market-at-dawn.jpg';

const IMAGES = {
	files: { './quay.jpg': quay, './market.jpg': market },
	rights: { './quay.jpg': { credit: 'Tomás Ferreira/Riverton Herald', creator: 'Tomás Ferreira' } },
	ids: new Map(),
};

/** An article language and the strings its page uses, in that language (so no `stringsLang`). */
const LANGUAGES = [
	{ lang: 'en', strings: uiStrings('en') },
	{ lang: 'ar', strings: uiStrings('ar') },
] as const;

describe.each(LANGUAGES)('block components in $lang', ({ lang, strings }) => {
	const common = { strings };

	it('renders a figure as a lazy <picture> in AVIF, WebP and JPEG, sized, with caption and credit', async () => {
		const page = await render(FigureBlock, {
			...common,
			images: IMAGES,
			figure: {
				kind: 'figure',
				src: './market.jpg',
				alt: 'Stalls at dawn',
				caption: html('The <em>market</em>.'),
				credit: 'Marie Laurent',
			},
		});
		const picture = page.querySelector('figure.figure > picture');
		expect(picture).not.toBeNull();
		expect(
			picture?.querySelectorAll('source').map((source) => source.getAttribute('type')),
		).toEqual(['image/avif', 'image/webp']);
		for (const source of picture?.querySelectorAll('source') ?? [])
			expect(source.getAttribute('srcset')).toMatch(/480w.*800w.*1200w.*1440w/);
		const img = picture?.querySelector('img');
		expect(img?.attributes).toMatchObject({
			alt: 'Stalls at dawn',
			width: '1600',
			height: '900',
			loading: 'lazy',
			decoding: 'async',
		});
		expect(img?.getAttribute('src')).toMatch(/f=jpg/);
		expect(page.querySelector('figcaption')?.innerHTML).toContain('The <em>market</em>.');
		expect(page.querySelector('.credit')?.text).toBe(strings.imageCredit('Marie Laurent'));
		expect(page.querySelector('details')).toBeNull();
	});

	it("prints the credit the image file carries when the article gives none, the article's first", async () => {
		const credit = async (figure: Record<string, unknown>) =>
			(
				await render(FigureBlock, {
					...common,
					images: IMAGES,
					figure: { kind: 'figure', alt: 'A', ...figure },
				})
			).querySelector('.credit')?.text;
		expect(await credit({ src: './quay.jpg' })).toBe(
			strings.imageCredit('Tomás Ferreira/Riverton Herald'),
		);
		expect(await credit({ src: './quay.jpg', credit: 'Desk' })).toBe(strings.imageCredit('Desk'));
		expect(await credit({ src: './market.jpg' })).toBeUndefined();
		const creatorOnly = { ...IMAGES, rights: { './market.jpg': { creator: 'Ana Ruiz' } } };
		expect(
			(
				await render(FigureBlock, {
					...common,
					images: creatorOnly,
					figure: { kind: 'figure', src: './market.jpg', alt: 'A' },
				})
			).querySelector('.credit')?.text,
		).toBe(strings.imageCredit('Ana Ruiz'));
	});

	it('puts a sensitive figure in a closed <details> whose summary gives the reason', async () => {
		const page = await render(FigureBlock, {
			...common,
			images: IMAGES,
			figure: { kind: 'figure', src: './market.jpg', alt: 'A', sensitive: 'Shows the injured' },
		});
		const details = page.querySelector('details.sensitive');
		expect(details?.hasAttribute('open')).toBe(false);
		expect(details?.querySelector('summary')?.text).toBe(
			`${strings.sensitive.warning} Shows the injured ${strings.sensitive.showImage}`,
		);
		expect(details?.querySelector('summary + figure img')?.getAttribute('loading')).toBe('lazy');
	});

	it('renders a gallery as a grid of figures, each with its caption and credit', async () => {
		const page = await render(GalleryBlock, {
			...common,
			images: IMAGES,
			gallery: {
				kind: 'gallery',
				figures: [
					{ src: './market.jpg', alt: 'Stalls', caption: html('First.'), credit: 'Marie Laurent' },
					{ src: './quay.jpg', alt: 'Sandbags' },
				],
			},
		});
		const figures = page.querySelectorAll('.gallery > figure.figure');
		expect(figures.map((figure) => figure.querySelector('img')?.getAttribute('alt'))).toEqual([
			'Stalls',
			'Sandbags',
		]);
		expect(figures.map((figure) => figure.querySelector('.credit')?.text)).toEqual([
			strings.imageCredit('Marie Laurent'),
			strings.imageCredit('Tomás Ferreira/Riverton Herald'),
		]);
		expect(page.querySelector('script')).toBeNull();
	});

	it('gates a sensitive gallery as a whole', async () => {
		const page = await render(GalleryBlock, {
			...common,
			images: IMAGES,
			gallery: {
				kind: 'gallery',
				sensitive: 'Graphic',
				figures: [
					{ src: './market.jpg', alt: 'A' },
					{ src: './quay.jpg', alt: 'B' },
				],
			},
		});
		expect(page.querySelectorAll('details.sensitive')).toHaveLength(1);
		expect(page.querySelector('summary .sensitive-show')?.text).toBe(strings.sensitive.showImages);
		expect(page.querySelectorAll('details .gallery img')).toHaveLength(2);
	});

	it('renders a pull quote as an <aside> with the quote and who said it', async () => {
		const page = await render(PullquoteBlock, {
			pullquote: { kind: 'pullquote', quote: html('<p>Storm the gates!</p>'), cite: 'A protester' },
		});
		expect(page.querySelector('aside.pullquote > blockquote')?.innerHTML).toBe(
			'<p>Storm the gates!</p>',
		);
		expect(page.querySelector('.pullquote-cite')?.text).toBe('A protester');
	});

	it.each([2, 3] as const)(
		'renders a fact box as an <aside> under an h%i',
		async (headingLevel) => {
			const page = await render(FactboxBlock, {
				headingLevel,
				factbox: { kind: 'factbox', title: 'Key facts', content: html('<ul><li>One</li></ul>') },
			});
			expect(page.querySelector(`aside.factbox > h${headingLevel}`)?.text).toBe('Key facts');
			expect(page.querySelector('aside.factbox ul li')?.text).toBe('One');
		},
	);

	it("renders a timeline as an <ol> of <time> elements in the article's language and the site's zone", async () => {
		const page = await render(TimelineBlock, {
			strings,
			locale: lang,
			timeZone: 'Asia/Baghdad',
			timeline: {
				kind: 'timeline',
				events: [
					{ date: '2019-12-29', text: html('US strikes on <strong>five</strong> sites') },
					{ date: '2019-12-31T07:00:00Z', text: html('Protesters at the gate') },
				],
			},
		});
		const list = page.querySelector('ol.timeline');
		expect(list?.getAttribute('aria-label')).toBe(strings.timeline);
		const times = page.querySelectorAll('li > time');
		expect(times.map((time) => time.getAttribute('datetime'))).toEqual([
			'2019-12-29',
			'2019-12-31T07:00:00Z',
		]);
		expect(times[0]?.text).toBe(lang === 'ar' ? '29 ديسمبر 2019' : 'December 29, 2019');
		// 07:00 UTC is 10:00 in Baghdad.
		expect(times[1]?.text).toMatch(/10:00/);
		expect(page.querySelector('li .timeline-text')?.innerHTML).toBe(
			'US strikes on <strong>five</strong> sites',
		);
	});

	it('renders a post as a static card: words, author, handle, date and a link to the original', async () => {
		const page = await render(PostBlock, {
			...common,
			locale: lang,
			timeZone: 'UTC',
			post: {
				kind: 'post',
				url: 'https://social.example/@dt/1',
				author: 'Donald J. Trump',
				handle: '@realDonaldTrump',
				date: '2019-12-31',
				text: html('<p>Iran will be held fully responsible.</p>'),
			},
		});
		const card = page.querySelector('figure.post');
		expect(card?.querySelector('blockquote')?.getAttribute('cite')).toBe(
			'https://social.example/@dt/1',
		);
		expect(card?.querySelector('blockquote')?.text).toBe('Iran will be held fully responsible.');
		expect(card?.querySelector('.post-author')?.text).toBe('Donald J. Trump');
		expect(card?.querySelector('.post-handle')?.attributes).toMatchObject({ dir: 'ltr' });
		expect(card?.querySelector('time')?.getAttribute('datetime')).toBe('2019-12-31');
		const link = card?.querySelector('a.post-original');
		expect(link?.attributes).toMatchObject({
			href: 'https://social.example/@dt/1',
			rel: 'external nofollow noopener noreferrer',
		});
		expect(link?.text).toBe(strings.post.original);
		expect(page.querySelectorAll('img, iframe, script')).toHaveLength(0);
	});

	it("renders a video facade with the interface's words", async () => {
		const page = await render(VideoBlock, {
			...common,
			video: { kind: 'video', videoId: '6118973598001', account: 'acc', player: 'pl' },
			playerUrlTemplate: TEST_SITE.videoPlayerUrl,
			strings: strings.video,
		});
		expect(page.querySelector('.video-embed-play')?.text).toBe(strings.video.play);
		expect(page.querySelector('a')?.getAttribute('href')).toBe(
			'https://player.example/acc/pl/?v=6118973598001',
		);
	});
});

describe('block components in a language the interface lacks', () => {
	// Persian: the article is right to left, its interface words fall back to English.
	const strings = uiStrings('fa');
	const stringsLang = otherLang(strings.lang, 'fa');

	it("marks the interface's words with their own language", async () => {
		expect(stringsLang).toBe('en');
		const gate = await render(FigureBlock, {
			strings,
			stringsLang,
			images: IMAGES,
			figure: { kind: 'figure', src: './quay.jpg', alt: 'A', sensitive: 'دلیل' },
		});
		expect(gate.querySelector('.sensitive-warning span')?.attributes).toMatchObject({
			lang: 'en',
			dir: 'ltr',
		});
		expect(gate.querySelector('.sensitive-reason')?.text).toBe('دلیل');
		expect(gate.querySelector('.credit span')?.attributes).toMatchObject({ lang: 'en' });
		const post = await render(PostBlock, {
			strings,
			stringsLang,
			locale: 'fa',
			timeZone: 'UTC',
			post: {
				kind: 'post',
				url: 'https://social.example/1',
				author: 'A',
				date: '2019-12-31',
				text: html('x'),
			},
		});
		expect(post.querySelector('a.post-original span')?.attributes).toMatchObject({ lang: 'en' });
	});
});

describe('ArticleBlock', () => {
	const blocks: [Block, string][] = [
		[{ kind: 'video', videoId: '1', account: 'a', player: 'p' }, 'figure.video-embed'],
		[{ kind: 'figure', src: './quay.jpg', alt: 'A' }, 'figure.figure'],
		[
			{
				kind: 'gallery',
				figures: [
					{ src: './quay.jpg', alt: 'A' },
					{ src: './market.jpg', alt: 'B' },
				],
			},
			'div.gallery',
		],
		[{ kind: 'pullquote', quote: html('q') }, 'aside.pullquote'],
		[{ kind: 'factbox', title: 'T', content: html('c') }, 'aside.factbox'],
		[{ kind: 'timeline', events: [{ date: '2019-12-29', text: html('t') }] }, 'ol.timeline'],
		[
			{
				kind: 'post',
				url: 'https://social.example/1',
				author: 'A',
				date: '2019-12-31',
				text: html('p'),
			},
			'figure.post',
		],
	];

	it.each(blocks.map(([block, selector]) => ({ kind: block.kind, block, selector })))(
		'renders a $kind block with its own component',
		async ({ block, selector }) => {
			const page = await render(ArticleBlock, {
				block,
				strings: uiStrings('en'),
				lang: 'en',
				images: IMAGES,
				headingLevel: 3,
				site: TEST_SITE,
			});
			expect(page.querySelector(selector)).not.toBeNull();
			// One element, the block's own, and nothing beside it.
			expect(page.children).toHaveLength(1);
		},
	);
});

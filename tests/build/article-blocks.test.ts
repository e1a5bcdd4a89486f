import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { articleBlocks, type Article } from '../../src/lib/article/article-schema.ts';
import { uiStrings } from '../../src/lib/site/i18n/strings.ts';
import { absoluteSiteUrl, builtFile, unresolved } from '../helpers/build/built-urls.ts';
import { publishedFixtureArticles } from '../helpers/build/fixture-articles.ts';
import { FIXTURE_ARTICLES, ROOT, ROOT_BUILD, SUB_PATH_BUILD } from '../helpers/shared/paths.ts';
import {
	jsonLd,
	listPages,
	normalizeSpace,
	parsePage,
	srcsetCandidates,
} from '../helpers/shared/site-pages.ts';

/** The fixture article that uses every block and a body image carrying IPTC rights. */
const SLUG = 'flood-wall-holds-as-river-peaks';
const en = uiStrings('en');

/** Every URL a srcset names; an element without one fails. */
function srcsetUrls(srcset: string | undefined): string[] {
	expect(srcset).toBeDefined();
	return srcsetCandidates(srcset ?? '').map((candidate) => candidate.url);
}

describe.each([ROOT_BUILD, SUB_PATH_BUILD])('body images in the build for $base', (build) => {
	const articles = listPages(build.outDir, build.base).filter((page) => page.isArticle);

	it('every image of an article body is a sized, lazy file of the build', () => {
		const images = articles.flatMap((page) =>
			(parsePage(page).querySelector('.article-body')?.querySelectorAll('img') ?? []).map(
				(img) => ({ page: page.path, img }),
			),
		);
		// The fixture's body images (flood-wall-holds-as-river-peaks): two figures, one of them
		// sensitive, and a gallery of two.
		expect(images.length).toBeGreaterThanOrEqual(4);
		for (const { page, img } of images) {
			const where = `${page}: ${img.toString()}`;
			// The defect this fixes: a local image shipped as <img src="./images/x.jpg">, a file
			// nobody copied. Every image of the body is now a file astro:assets made.
			const picture = img.closest('picture');
			expect(picture, where).not.toBeNull();
			expect(Number(img.getAttribute('width')), where).toBeGreaterThan(0);
			expect(Number(img.getAttribute('height')), where).toBeGreaterThan(0);
			expect(img.getAttribute('loading'), where).toBe('lazy');
			expect(img.getAttribute('decoding'), where).toBe('async');
			expect(
				picture?.querySelectorAll('source').map((source) => source.getAttribute('type')),
				where,
			).toEqual(['image/avif', 'image/webp']);
			const urls = [
				img.getAttribute('src') ?? '',
				...srcsetUrls(img.getAttribute('srcset')),
				...(picture?.querySelectorAll('source') ?? []).flatMap((source) =>
					srcsetUrls(source.getAttribute('srcset')),
				),
			];
			for (const url of urls)
				expect(unresolved(absoluteSiteUrl(url, build), build), `${where}: ${url}`).toBeUndefined();
		}
	});

	it('serves each body image of the fixture at its size, in AVIF and WebP as well as JPEG', async () => {
		const page = articles.find((candidate) => candidate.slug === SLUG);
		expect(page).toBeDefined();
		const img = parsePage(page!).querySelector('.article-body figure.figure img');
		const source = await sharp(join(ROOT, FIXTURE_ARTICLES, 'images/quay-sandbags.jpg')).metadata();
		expect([img?.getAttribute('width'), img?.getAttribute('height')]).toEqual([
			String(source.width),
			String(source.height),
		]);
		const formats = await Promise.all(
			(img?.closest('picture')?.querySelectorAll('source') ?? []).map(async (element) => {
				const url = srcsetUrls(element.getAttribute('srcset')).at(-1) ?? '';
				return (await sharp(builtFile(url, build)).metadata()).format;
			}),
		);
		// sharp names AVIF by its container, HEIF.
		expect(formats).toEqual(['heif', 'webp']);
	});
});

describe(`the fixture article with every block (${SLUG})`, () => {
	const page = listPages(ROOT_BUILD.outDir).find((candidate) => candidate.slug === SLUG);
	const doc = page === undefined ? undefined : parsePage(page);
	const body = doc?.querySelector('.article-body');
	const article = publishedFixtureArticles().find(
		(candidate) => candidate.slug === SLUG,
	) as Article;
	const blocks = articleBlocks(article).map(({ block }) => block);

	it('is built, and its source uses every kind of block but the video', () => {
		expect(page).toBeDefined();
		expect(new Set(blocks.map((block) => block.kind))).toEqual(
			new Set(['figure', 'gallery', 'pullquote', 'factbox', 'timeline', 'post']),
		);
	});

	it('prints the credit the image file carries (IPTC) where the article gives none', () => {
		const credits = body?.querySelectorAll('figure.figure .credit').map((credit) => credit.text);
		expect(credits).toContain(en.imageCredit('Tomás Ferreira/Riverton Herald'));
		expect(credits).toContain(en.imageCredit('Marie Laurent'));
	});

	it('lists the open images in JSON-LD with their credit, creator and copyright; never the sensitive one', () => {
		const images = (doc === undefined ? [] : (jsonLd(doc)['image'] ?? [])) as Record<
			string,
			unknown
		>[];
		expect(images.map((image) => /\/_astro\/([a-z-]+)\./.exec(String(image['url']))?.[1])).toEqual([
			'quay-sandbags',
			'riverside-market-at-dawn',
		]);
		expect(images[0]).toMatchObject({
			caption: 'Volunteers on the quay on Monday evening, before the wall went up.',
			creditText: 'Tomás Ferreira/Riverton Herald',
			creator: { '@type': 'Person', name: 'Tomás Ferreira' },
			copyrightNotice: '© 2024 Riverton Herald',
		});
		expect(images[1]).toMatchObject({ creditText: 'Marie Laurent' });
		expect(JSON.stringify(images)).not.toContain('flooded-cellar');
	});

	it('renders a gallery of two figures without script', () => {
		expect(body?.querySelectorAll('.gallery > figure.figure')).toHaveLength(2);
		expect(doc?.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
	});

	it('puts the sensitive figure in a closed <details> whose summary gives the reason', () => {
		const details = body?.querySelector('details.sensitive');
		expect(details?.hasAttribute('open')).toBe(false);
		expect(normalizeSpace(details?.querySelector('summary')?.text ?? '')).toBe(
			`${en.sensitive.warning} Shows a flooded home ${en.sensitive.showImage}`,
		);
		expect(details?.querySelector('img')?.getAttribute('alt')).toBe(
			'A cellar with water up to the seat of a wooden chair',
		);
	});

	it('renders the pull quote and the fact box as asides, the fact box under an h3', () => {
		expect(normalizeSpace(body?.querySelector('aside.pullquote blockquote')?.text ?? '')).toBe(
			'The wall did what it was built to do.',
		);
		expect(body?.querySelector('aside.factbox > h3')?.text).toBe('The flood wall in numbers');
		expect(body?.querySelectorAll('aside.factbox li')).toHaveLength(3);
	});

	it('renders the timeline as an <ol> of <time> elements with the dates as written', () => {
		const timeline = blocks.find((block) => block.kind === 'timeline');
		const times = body?.querySelectorAll('ol.timeline > li > time') ?? [];
		expect(times.map((time) => time.getAttribute('datetime'))).toEqual(
			timeline?.kind === 'timeline' ? timeline.events.map((event) => event.date) : [],
		);
	});

	it('renders the post as a static card linking the original, loading nothing', () => {
		const card = body?.querySelector('figure.post');
		expect(card?.querySelector('a.post-original')?.getAttribute('href')).toBe(
			'https://social.example/@riverton/112233445566',
		);
		expect(card?.querySelectorAll('img, iframe, script, video')).toHaveLength(0);
		expect(card?.querySelector('.post-author')?.text).toBe('Riverton City Hall');
	});
});

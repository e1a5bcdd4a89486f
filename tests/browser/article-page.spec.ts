import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, SCREENSHOTS, test } from '../helpers/browser/browser-fixtures.ts';

const ARABIC = '/articles/city-opens-new-public-library/';
const WITH_IMAGE = '/articles/riverside-market-reopens/';

test('the Arabic article renders right to left, its headline against the right edge', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(ARABIC);
	const direction = (selector: string) =>
		page.locator(selector).evaluate((element) => getComputedStyle(element).direction);
	expect(await direction('main article')).toBe('rtl');
	expect(await direction('article h1')).toBe('rtl');
	expect(await direction('nav.toc')).toBe('rtl');
	// The banner is the Arabic edition's (docs/editions.md): its language, so its direction.
	expect(await direction('body > header')).toBe('rtl');
	await expect(page.locator('body > header nav.site-nav a').first()).toHaveAttribute(
		'href',
		'/ar/',
	);

	const viewport = page.viewportSize()!;
	const headline = await page.locator('article h1').evaluate((h1) => {
		// The text's own extent, not the block's: a range over the headline's words.
		const range = document.createRange();
		range.selectNodeContents(h1);
		const text = range.getBoundingClientRect();
		const article = h1.closest('article')!.getBoundingClientRect();
		return { textLeft: text.left, textRight: text.right, articleRight: article.right };
	});
	// The text ends at the article's right edge (its start, in Arabic), with space left on the left.
	expect(Math.abs(headline.textRight - headline.articleRight)).toBeLessThanOrEqual(2);
	expect(headline.textLeft).toBeGreaterThan(viewport.width / 4);
	// The site title starts the Arabic edition's banner: on the right.
	const title = await page.locator('#site-title').boundingBox();
	expect(title!.x).toBeGreaterThan(viewport.width / 2);

	// The table of contents' numbers and the section anchors sit on the right too.
	const tocLink = await page.locator('nav.toc li a').first().boundingBox();
	expect(tocLink!.x + tocLink!.width).toBeGreaterThan(viewport.width / 2);

	mkdirSync(SCREENSHOTS, { recursive: true });
	await page.screenshot({ path: join(SCREENSHOTS, 'article-arabic-rtl.png'), fullPage: true });
});

test('the lead image loads from the site itself, in a modern format, at once', async ({
	page,
	site,
	foreignRequests,
}) => {
	const images: string[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'image') images.push(response.url());
	});
	await page.goto(WITH_IMAGE, { waitUntil: 'networkidle' });
	const img = page.locator('figure.lead-image img');
	await expect(img).toBeVisible();
	const loaded = await img.evaluate((element: HTMLImageElement) => ({
		naturalWidth: element.naturalWidth,
		complete: element.complete,
		currentSrc: element.currentSrc,
		loading: element.loading,
	}));
	expect(loaded.complete).toBe(true);
	expect(loaded.naturalWidth).toBeGreaterThan(0);
	expect(loaded.loading).toBe('eager');
	// Chromium takes the first source it supports: AVIF.
	expect(new URL(loaded.currentSrc).pathname).toMatch(/\.avif$/);
	expect(images.length).toBeGreaterThan(0);
	for (const url of images) expect(new URL(url).origin).toBe(site.origin);
	expect(foreignRequests).toEqual([]);
	// Width and height reserve the image's box: its shape is the photo's, 16:9.
	const box = await img.boundingBox();
	expect(box!.width / box!.height).toBeCloseTo(16 / 9, 1);
	await page.screenshot({ path: join(SCREENSHOTS, 'article-lead-image.png') });
});

test('the section anchor is a visible link to the section, and following it scrolls there', async ({
	page,
}) => {
	await page.goto(ARABIC);
	const anchor = page.locator('section.article-section a.heading-anchor').first();
	await expect(anchor).toBeVisible();
	const href = await anchor.getAttribute('href');
	expect(href).toMatch(/^#/);
	// What "Copy link" gives: the page's address with the section's fragment.
	const absolute = await anchor.evaluate((link: HTMLAnchorElement) => link.href);
	expect(decodeURIComponent(new URL(absolute).hash)).toBe(decodeURIComponent(href ?? ''));
	await anchor.click();
	expect(decodeURIComponent(new URL(page.url()).hash)).toBe(decodeURIComponent(href ?? ''));
});

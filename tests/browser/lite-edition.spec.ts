import { expect, test } from '../helpers/browser/browser-fixtures.ts';

/**
 * Text-only pages of each kind: an article with a lead image, one with a gallery, an Arabic one,
 * the front and a topic, and the Arabic edition's front.
 */
const LITE_PAGES = [
	'/lite/articles/riverside-market-reopens/',
	'/lite/articles/flood-wall-holds-as-river-peaks/',
	'/lite/articles/city-opens-new-public-library/',
	'/lite/',
	'/lite/topics/city/',
	'/lite/ar/',
];

for (const path of LITE_PAGES) {
	test(`${path} makes no request but itself (no icon, stylesheet, font, image or script)`, async ({
		page,
		site,
	}) => {
		const requests: string[] = [];
		page.on('request', (request) => {
			// A data: URL (the empty icon) never leaves the browser.
			if (!request.url().startsWith('data:')) requests.push(request.url());
		});
		await page.goto(path, { waitUntil: 'networkidle' });
		await expect(page.locator('h1')).toBeVisible();
		expect(requests).toEqual([new URL(path, site.url).href]);
	});
}

test('a photo link of a text-only page opens the full page at that figure', async ({ page }) => {
	await page.goto('/lite/articles/flood-wall-holds-as-river-peaks/');
	const links = page.locator('main a[href*="#photo."]');
	expect(await links.count()).toBeGreaterThan(1);
	const last = links.nth(1);
	const href = (await last.getAttribute('href')) ?? '';
	await last.click();
	await page.waitForURL(/\/articles\/flood-wall-holds-as-river-peaks\/\?full#photo\.\d+$/);
	const id = decodeURIComponent(href.slice(href.indexOf('#') + 1));
	const figure = page.locator(`[id="${id}"]`);
	await expect(figure.locator('img')).toBeVisible();
	await expect(figure).toBeInViewport();
});

test('printing a text-only article keeps the article and leaves out the site chrome', async ({
	page,
}) => {
	await page.emulateMedia({ media: 'print' });
	await page.goto('/lite/articles/riverside-market-reopens/');
	for (const selector of ['body > header', 'body > footer', 'a.skip-link', '.full-link'])
		await expect(page.locator(selector).first(), selector).toBeHidden();
	await expect(page.locator('article h1')).toBeVisible();
	const paragraphs = page.locator('article p');
	expect(await paragraphs.count()).toBeGreaterThan(4);
	for (const paragraph of await paragraphs.all()) await expect(paragraph).toBeVisible();
	// The translation note links the original on another site: its address follows the link.
	const after = await page
		.locator('article a[href^="http"]')
		.first()
		.evaluate((link) => [link.getAttribute('href'), getComputedStyle(link, '::after').content]);
	expect(after[1]).toBe(`" (${after[0] ?? ''})"`);
});

test('an Arabic text-only article reads right to left', async ({ page }) => {
	await page.goto('/lite/articles/city-opens-new-public-library/');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	expect(
		await page
			.locator('main article p')
			.first()
			.evaluate((p) => getComputedStyle(p).direction),
	).toBe('rtl');
});

import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from '../helpers/browser/browser-fixtures.ts';

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
	}
	throw new Error(`Tab never reached ${selector} in ${String(limit)} presses`);
}

/** How far the page is wider than the window: 0 when nothing scrolls sideways. */
const overflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('keyboard alone: an article’s byline → the author’s page, which lists the article', async ({
	page,
}) => {
	const article = '/articles/what-the-budget-means-for-bus-riders/';
	await page.goto(article);
	await tabTo(page, '.byline a[rel="author"]');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/authors\/jane-doe\/$/);
	await expect(page.locator('h1')).toHaveText('Jane Doe');
	await expect(page.locator(`main .article-list a[href="${article}"]`)).toHaveCount(1);
	await page.keyboard.press('Tab');
	await expect(page.locator('a.skip-link')).toBeFocused();
});

test('keyboard alone: the footer leads to the ethics policy from any page', async ({ page }) => {
	await page.goto('/topics/');
	await tabTo(page, 'footer nav a[href="/ethics-policy/"]');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/ethics-policy\/$/);
	await expect(page.locator('h1')).toHaveText('Ethics policy');
	await expect(page.locator('footer nav a[aria-current="page"]')).toHaveAttribute(
		'href',
		'/ethics-policy/',
	);
});

for (const width of [375, 1280]) {
	test(`the front page fits a ${String(width)} px window and reads without images`, async ({
		page,
		context,
	}) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/');
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		const lead = page.locator('.story.lead');
		const image = lead.locator('picture img');
		await expect(image).toBeVisible();
		await saveScreenshot(page, `front-page-${String(width)}`);
		// On a wide window the lead's image and text sit side by side; on a phone, one under the other.
		const [imageBox, textBox] = await Promise.all([
			image.boundingBox(),
			lead.locator('.text').boundingBox(),
		]);
		if (width === 1280) expect(textBox!.x).toBeGreaterThan(imageBox!.x + imageBox!.width - 1);
		else expect(textBox!.y).toBeGreaterThan(imageBox!.y + imageBox!.height - 1);

		// No image loads: every headline, standfirst and the lead image's text alternative remain.
		await context.route(/\.(avif|webp|jpe?g|png|svg)$/, (route) => route.abort());
		await page.reload();
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		await expect(lead.locator('h2 a')).toBeVisible();
		await expect(lead.locator('.standfirst')).toBeVisible();
		expect(await image.getAttribute('alt')).not.toBe('');
		for (const headline of await page.locator('main .headline a').all())
			await expect(headline).toBeVisible();
		await saveScreenshot(page, `front-page-${String(width)}-no-images`);
	});
}

for (const path of ['/authors/jane-doe/', '/articles/what-the-budget-means-for-bus-riders/']) {
	test(`${path} fits a 375 px window`, async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await page.goto(path);
		expect(await overflow(page)).toBeLessThanOrEqual(0);
	});
}

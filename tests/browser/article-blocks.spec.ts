import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/browser/browser-fixtures.ts';

/** The fixture article that uses every block (tests/fixtures/site/articles). */
const ARTICLE = '/articles/flood-wall-holds-as-river-peaks/';

/** Every URL the page requests from now on whose path holds `name`. */
function requestsFor(page: Page, name: string): string[] {
	const urls: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes(name)) urls.push(request.url());
	});
	return urls;
}

/** Scrolls the whole page through the viewport, as a reader would, so lazy images come in. */
async function readToTheEnd(page: Page): Promise<void> {
	await page.evaluate(async () => {
		for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
			window.scrollTo(0, y);
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	});
	await page.waitForLoadState('networkidle');
}

test('a sensitive image is not fetched until the reader opens its gate', async ({ page }) => {
	const sensitive = requestsFor(page, 'flooded-cellar');
	const open = requestsFor(page, 'quay-sandbags');
	await page.goto(ARTICLE, { waitUntil: 'networkidle' });
	await readToTheEnd(page);
	const gate = page.locator('details.sensitive');
	await gate.scrollIntoViewIfNeeded();
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(500);

	// The open images, lazy too, did load as they came into view: the absence is the gate's doing.
	expect(open.length).toBeGreaterThan(0);
	expect(sensitive).toEqual([]);
	await expect(gate).not.toHaveAttribute('open');
	await expect(gate.locator('img')).toBeHidden();

	await gate.locator('summary').click();
	const image = gate.locator('img');
	await expect(image).toBeVisible();
	await expect
		.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
		.toBe(true);
	expect(sensitive.length).toBeGreaterThan(0);
});

test('the gate opens from the keyboard, and says why it is closed', async ({ page }) => {
	await page.goto(ARTICLE);
	const summary = page.locator('details.sensitive > summary');
	await expect(summary).toContainText('Sensitive content');
	await expect(summary).toContainText('Shows a flooded home');
	await summary.focus();
	await expect(summary).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('details.sensitive')).toHaveAttribute('open', '');
	await expect(page.locator('details.sensitive img')).toBeVisible();
});

test('a gallery is a grid without script: two columns on a wide screen, one on a phone', async ({
	page,
}) => {
	const columns = async () => {
		const boxes = await page
			.locator('.gallery > figure')
			.evaluateAll((figures) => figures.map((figure) => figure.getBoundingClientRect().top));
		return new Set(boxes.map((top) => Math.round(top))).size === 1 ? 2 : 1;
	};
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(ARTICLE);
	expect(await columns()).toBe(2);
	await page.setViewportSize({ width: 375, height: 800 });
	expect(await columns()).toBe(1);
	for (const image of await page.locator('.gallery img').all()) {
		const box = await image.boundingBox();
		expect(box?.width ?? 0).toBeLessThanOrEqual(375);
	}
});

test('body images keep their space while they load: no layout shift', async ({ page }) => {
	await page.goto(ARTICLE);
	const shift = await page.evaluate(async () => {
		let total = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
				total += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
		for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
			window.scrollTo(0, y);
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		return total;
	});
	expect(shift).toBeLessThan(0.01);
});

test('printing keeps every block of the story, and the address of the original post', async ({
	page,
}) => {
	await page.emulateMedia({ media: 'print' });
	await page.goto(ARTICLE);
	for (const selector of [
		'aside.pullquote',
		'aside.factbox',
		'ol.timeline',
		'figure.post',
		'.gallery',
		'details.sensitive > summary',
	])
		await expect(page.locator(selector), selector).toBeVisible();
	const link = page.locator('figure.post a.post-original');
	expect(await link.evaluate((element) => getComputedStyle(element, '::after').content)).toBe(
		`" (${await link.getAttribute('href')})"`,
	);
});

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_SLUG } from '../helpers/paths.ts';
import { expect, SCREENSHOTS, test } from '../helpers/browser-fixtures.ts';

test('printing the seed article hides the site chrome and keeps the article', async ({ page }) => {
	await page.emulateMedia({ media: 'print' });
	await page.goto(`/articles/${SEED_SLUG}/`);

	await expect(page.locator('a.skip-link')).toBeHidden();
	const chrome = page.locator('header:not(main header), footer:not(main footer)');
	expect(await chrome.count()).toBeGreaterThanOrEqual(2);
	for (const element of await chrome.all()) await expect(element).toBeHidden();

	await expect(page.locator('article h1')).toBeVisible();
	await expect(page.locator('article .standfirst')).toBeVisible();
	const paragraphs = page.locator('article div.lead p, article section.article-section p');
	expect(await paragraphs.count()).toBeGreaterThanOrEqual(16);
	for (const paragraph of await paragraphs.all()) await expect(paragraph).toBeVisible();

	mkdirSync(SCREENSHOTS, { recursive: true });
	await page.pdf({ path: join(SCREENSHOTS, `articles-${SEED_SLUG}-print.pdf`), format: 'A4' });
});

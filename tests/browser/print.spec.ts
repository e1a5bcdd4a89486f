import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_SLUG } from '../helpers/shared/paths.ts';
import { expect, SCREENSHOTS, test } from '../helpers/browser/browser-fixtures.ts';

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

test('printing shows the address of every outside link, and leaves out chrome and share links', async ({
	page,
}) => {
	await page.emulateMedia({ media: 'print' });
	await page.goto('/articles/riverside-market-reopens/');

	for (const selector of [
		'body > header',
		'body > footer',
		'a.skip-link',
		'nav.toc',
		'section.share',
		'a.heading-anchor',
	])
		await expect(page.locator(selector).first(), selector).toBeHidden();
	await expect(page.locator('figure.lead-image img')).toBeVisible();

	// The translation note links the original on another site: its address follows the link text.
	const printed = await page.locator('article a[href^="http"]').evaluateAll((links) =>
		links
			.filter((link) => link.checkVisibility())
			.map((link) => ({
				href: link.getAttribute('href'),
				after: getComputedStyle(link, '::after').content,
			})),
	);
	expect(printed.length).toBeGreaterThan(0);
	for (const { href, after } of printed) expect(after).toBe(`" (${href})"`);

	// On screen, no address is added.
	await page.emulateMedia({ media: 'screen' });
	const onScreen = await page
		.locator('.translation-note a')
		.evaluate((link) => getComputedStyle(link, '::after').content);
	expect(onScreen).toBe('none');
});

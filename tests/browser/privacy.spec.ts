import { existsSync } from 'node:fs';
import { ROOT_BUILD, SEED_SLUG } from '../helpers/shared/paths.ts';
import { findResidue } from '../helpers/shared/residue.ts';
import { listPages } from '../helpers/shared/site-pages.ts';
import { expect, test } from '../helpers/browser/browser-fixtures.ts';

const pages = existsSync(ROOT_BUILD.outDir) ? listPages(ROOT_BUILD.outDir) : [];

for (const sitePage of pages) {
	test(`${sitePage.path} requests nothing from another origin, and every request succeeds`, async ({
		page,
		site,
		foreignRequests,
	}) => {
		const failed: string[] = [];
		page.on('response', (response) => {
			if (response.status() >= 400 && response.url() !== new URL(sitePage.path, site.origin).href)
				failed.push(`${response.status()} ${response.url()}`);
		});
		page.on('requestfailed', (request) => {
			if (new URL(request.url()).origin === site.origin)
				failed.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`);
		});
		await page.goto(sitePage.path, { waitUntil: 'networkidle' });
		expect(foreignRequests).toEqual([]);
		expect(failed).toEqual([]);
	});

	test(`${sitePage.path} shows no video player residue in its visible text`, async ({ page }) => {
		await page.goto(sitePage.path);
		expect(findResidue(await page.locator('body').innerText())).toEqual([]);
	});
}

test('the video facade of the seed article loads no player until it is followed', async ({
	page,
	foreignRequests,
}) => {
	await page.goto(`/articles/${SEED_SLUG}/`, { waitUntil: 'networkidle' });
	const link = page.locator('figure.video-embed a.video-embed-link');
	await expect(link).toHaveCount(1);
	await expect(link).toBeVisible();
	await expect(link).toHaveAttribute('href', /^https:\/\//);
	await link.hover();
	await link.focus();
	await page.waitForLoadState('networkidle');
	await expect(page.locator('iframe, video, object, embed')).toHaveCount(0);
	expect(foreignRequests).toEqual([]);
});

import { SEED_SLUG } from '../helpers/shared/paths.ts';
import { expect, test } from '../helpers/browser/browser-fixtures.ts';

// Every page's requests and visible text: every-page.spec.ts.

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

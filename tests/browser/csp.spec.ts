import { existsSync } from 'node:fs';
import { ROOT_BUILD } from '../helpers/shared/paths.ts';
import { listPages } from '../helpers/shared/site-pages.ts';
import { expect, test } from '../helpers/browser/browser-fixtures.ts';

const pages = existsSync(ROOT_BUILD.outDir) ? listPages(ROOT_BUILD.outDir) : [];

test('the detector sees a CSP violation when one happens', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	await page.setContent(
		`<meta http-equiv="content-security-policy" content="style-src 'none'"><p style="color: red">x</p>`,
	);
	await expect.poll(() => violations.length).toBeGreaterThan(0);
});

for (const sitePage of pages) {
	test(`${sitePage.path} renders under its Content Security Policy with no violation`, async ({
		page,
	}) => {
		const violations: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
		});
		await page.goto(sitePage.path, { waitUntil: 'networkidle' });
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(policy).toContain("object-src 'none'");
		expect(policy).toContain("base-uri 'none'");
		expect(policy).not.toContain('unsafe-inline');
		// The page's own styles applied: the skip link is hidden until focused.
		await expect(page.locator('a.skip-link')).not.toBeInViewport();
		expect(violations).toEqual([]);
	});
}

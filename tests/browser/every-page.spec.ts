import { existsSync } from 'node:fs';
import { ROOT_BUILD } from '../helpers/shared/paths.ts';
import { findResidue } from '../helpers/shared/residue.ts';
import { listPages } from '../helpers/shared/site-pages.ts';
import { axeReport, wcagViolations } from '../helpers/browser/axe.ts';
import {
	expect,
	pageName,
	recordCspViolations,
	saveScreenshot,
	test,
} from '../helpers/browser/browser-fixtures.ts';

// Every page of the fixture site, loaded once in a real Chromium and held to what a reader is
// promised on any page: its requests, its security policy, its text, its accessibility in light
// and dark. One load serves every check (each is soft, so a page reports all its problems at
// once); the build tier checks the same pages' HTML without a browser.

// Global setup builds the site before this file is loaded; `--list` alone loads it unbuilt.
const pages = existsSync(ROOT_BUILD.outDir) ? listPages(ROOT_BUILD.outDir) : [];

/** Screenshots of every page in both schemes, for people to look at: `SCREENSHOTS=1`. */
const SAVE_SCREENSHOTS = process.env['SCREENSHOTS'] === '1';

test('the fixture site has pages to check', () => {
	expect(pages.length).toBeGreaterThanOrEqual(5);
});

test('the detector of CSP violations sees one when it happens', async ({ page }) => {
	const violations = recordCspViolations(page);
	await page.setContent(
		`<meta http-equiv="content-security-policy" content="style-src 'none'"><p style="color: red">x</p>`,
	);
	await expect.poll(() => violations.length).toBeGreaterThan(0);
});

test('the accessibility check finds a violation when one is there, in the scheme it is in', async ({
	page,
}) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.setContent(
		'<!doctype html><html lang="en"><title>t</title><style>@media (prefers-color-scheme: dark) { p { color: #222; background: #000 } }</style><main><p>Low contrast in the dark only.</p></main></html>',
	);
	expect((await wcagViolations(page)).map((violation) => violation.id)).toEqual([]);
	await page.emulateMedia({ colorScheme: 'dark' });
	expect((await wcagViolations(page)).map((violation) => violation.id)).toEqual(['color-contrast']);
});

for (const sitePage of pages) {
	test(`${sitePage.path}: only its own origin, every request succeeds, no CSP violation, no player residue, no WCAG 2.2 AA violation in light or dark`, async ({
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
		const violations = recordCspViolations(page);
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(sitePage.path, { waitUntil: 'networkidle' });

		// Privacy: nothing from another origin (the fixture aborts and records it), nothing broken.
		expect.soft(foreignRequests, 'requests to another origin').toEqual([]);
		expect.soft(failed, 'requests that failed').toEqual([]);

		// Its Content Security Policy is strict, and the page renders under it: its own styles
		// applied (the skip link is hidden until focused) and nothing reported.
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect.soft(policy).toContain("object-src 'none'");
		expect.soft(policy).toContain("base-uri 'none'");
		expect.soft(policy).not.toContain('unsafe-inline');
		await expect.soft(page.locator('a.skip-link')).not.toBeInViewport();
		expect.soft(violations, 'Content Security Policy violations').toEqual([]);

		// No video player's ids in the text a reader sees.
		expect.soft(findResidue(await page.locator('body').innerText()), 'player residue').toEqual([]);

		// Axe in both schemes: the scheme switches in place and axe runs on the restyled page.
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
				colorScheme === 'dark',
			);
			const axeViolations = await wcagViolations(page);
			if (SAVE_SCREENSHOTS) await saveScreenshot(page, `${pageName(sitePage.path)}-${colorScheme}`);
			expect
				.soft(
					axeViolations,
					`${sitePage.path} in ${colorScheme} mode:\n${axeReport(axeViolations)}`,
				)
				.toEqual([]);
		}
	});
}

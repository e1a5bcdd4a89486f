import { existsSync } from 'node:fs';
import { ROOT_BUILD } from '../helpers/shared/paths.ts';
import { listPages } from '../helpers/shared/site-pages.ts';
import { wcagAxe } from '../helpers/browser/axe.ts';
import { expect, pageName, saveScreenshot, test } from '../helpers/browser/browser-fixtures.ts';

// Global setup builds the site before this file is loaded; `--list` alone loads it unbuilt.
const pages = existsSync(ROOT_BUILD.outDir) ? listPages(ROOT_BUILD.outDir) : [];

test('the fixture site has pages to check', () => {
	expect(pages.length).toBeGreaterThanOrEqual(5);
});

for (const colorScheme of ['light', 'dark'] as const) {
	for (const sitePage of pages) {
		test(`axe finds no WCAG 2.2 AA violation on ${sitePage.path} (${colorScheme})`, async ({
			page,
		}) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(sitePage.path);
			expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
				colorScheme === 'dark',
			);
			const { violations } = await wcagAxe(page).analyze();
			await saveScreenshot(page, `${pageName(sitePage.path)}-${colorScheme}`);
			const report = violations
				.map(
					(violation) =>
						`${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}\n` +
						violation.nodes
							.map(
								(node) =>
									`    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`,
							)
							.join('\n'),
				)
				.join('\n');
			expect(violations, `${sitePage.path} in ${colorScheme} mode:\n${report}`).toEqual([]);
		});
	}
}

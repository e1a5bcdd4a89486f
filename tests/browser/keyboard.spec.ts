import { SEED_SLUG } from '../helpers/shared/paths.ts';
import { expect, test } from '../helpers/browser/browser-fixtures.ts';

const SEED_PATH = `/articles/${SEED_SLUG}/`;

test.describe('keyboard use of the seed article', () => {
	test('the first Tab focuses the visible skip link, and Enter moves focus to main', async ({
		page,
	}) => {
		await page.goto(SEED_PATH);
		await page.keyboard.press('Tab');
		const skip = page.locator('a.skip-link');
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#main$/);
		await expect(page.locator('main#main')).toBeFocused();
	});

	test('Tab reaches the table of contents, and each entry takes the reader to its section', async ({
		page,
	}) => {
		await page.goto(SEED_PATH);
		const entries = page.locator('nav.toc a');
		await expect(entries).toHaveCount(2);

		let presses = 0;
		while (!(await page.evaluate(() => document.activeElement?.closest('nav.toc') != null))) {
			expect(++presses, 'Tab never reached the table of contents').toBeLessThan(40);
			await page.keyboard.press('Tab');
		}
		await expect(entries.first()).toBeFocused();

		for (let index = 0; index < (await entries.count()); index++) {
			const entry = entries.nth(index);
			const id = ((await entry.getAttribute('href')) ?? '').replace(/^#/, '');
			expect(['embassy-protection', 'reactions']).toContain(id);
			if (index > 0) await entry.focus();
			await expect(entry).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(new RegExp(`#${id}$`));
			await expect(page.locator(`h2#${id}`)).toBeInViewport();
			expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(id);
			await page.evaluate(() => window.scrollTo(0, 0));
		}
	});
});

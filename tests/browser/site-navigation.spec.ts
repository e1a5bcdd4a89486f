import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/browser/browser-fixtures.ts';

/**
 * The first article listed on the home page that has a table of contents and topics: the
 * journey needs both, and which fixture articles are newest changes as fixtures are added.
 */
async function journeyArticle(page: Page): Promise<string> {
	for (const href of await page
		.locator('main .headline a')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
		const html = await (await page.request.get(href)).text();
		if (html.includes('class="toc"') && html.includes('class="topic-list"')) return href;
	}
	throw new Error('no article on the home page has both a table of contents and topics');
}

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
	}
	throw new Error(`Tab never reached ${selector} in ${String(limit)} presses`);
}

/** The element that has focus, described for messages. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const element = document.activeElement;
		return element ? `${element.tagName.toLowerCase()} ${element.getAttribute('href') ?? ''}` : '';
	});

test('keyboard alone: home page → article → one of its sections → one of its topics', async ({
	page,
}) => {
	// Without a motion preference the site scrolls to a section smoothly, an animation a loaded
	// machine can leave unfinished past the assertion's timeout (seen once in CI, the heading at
	// ratio 0 for 5 s); with reduced motion the jump is immediate, and the path is the same.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	const article = await journeyArticle(page);

	// The site navigation comes before the content, each link reachable by Tab.
	await tabTo(page, 'header nav a[aria-current="page"]');
	expect(await focused(page)).toBe('a /');

	// Home page: Tab to the article's headline link, Enter opens it.
	await tabTo(page, `main .headline a[href="${article}"]`);
	const headline = (await page.locator(`main .headline a[href="${article}"]`).textContent()) ?? '';
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${article}$`));
	await expect(page.locator('h1')).toHaveText(headline.trim());

	// Article: the first Tab on a new page is the skip link, as everywhere.
	await page.keyboard.press('Tab');
	await expect(page.locator('a.skip-link')).toBeFocused();

	// The table of contents' second entry takes the reader to that section, and the next Tab
	// continues from there (the section's own anchor link), not from the top of the page.
	await tabTo(page, 'nav.toc li:nth-child(2) a');
	const entry = page.locator('nav.toc li:nth-child(2) a');
	const id = ((await entry.getAttribute('href')) ?? '').replace(/^#/, '');
	expect(id).not.toBe('');
	await page.keyboard.press('Enter');
	// Ids may be Arabic: the address bar has them percent-encoded.
	await expect(page).toHaveURL(new RegExp(`${article}#${encodeURIComponent(id)}$`));
	await expect(page.locator(`h2[id="${id}"]`)).toBeInViewport();
	await page.keyboard.press('Tab');
	await expect(page.locator(`section[aria-labelledby="${id}"] a.heading-anchor`)).toBeFocused();

	// On to the topics at the foot of the article: Enter on a topic opens its page.
	await tabTo(page, '.topic-list a');
	const topic = page.locator('.topic-list a:focus');
	const name = (await topic.textContent())?.trim() ?? '';
	const href = (await topic.getAttribute('href')) ?? '';
	expect(href).toMatch(/^\/topics\/[^/]+\/$/);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${href}$`));
	await expect(page.locator('h1')).toHaveText(name);
	// The topic page lists the article we came from, and marks "Topics" as the current section.
	await expect(page.locator(`main .headline a[href="${article}"]`)).toHaveCount(1);
	await expect(page.locator('header nav a[aria-current="true"]')).toHaveAttribute(
		'href',
		'/topics/',
	);
	await page.keyboard.press('Tab');
	await expect(page.locator('a.skip-link')).toBeFocused();
});

test('keyboard alone: the pagination of the latest articles leads to older pages and back', async ({
	page,
}) => {
	await page.goto('/');
	await tabTo(page, 'nav.pagination a[rel="next"]');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/page\/2\/$/);
	await expect(page.locator('nav.pagination a[aria-current="page"]')).toHaveText('2');
	await tabTo(page, 'nav.pagination a[rel="prev"]');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/$/);
	await expect(page.locator('nav.pagination a[aria-current="page"]')).toHaveText('1');
});

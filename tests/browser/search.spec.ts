import { axeReport, wcagViolations } from '../helpers/browser/axe.ts';
import { existsSync } from 'node:fs';
import { ROOT_BUILD, SUB_PATH_BUILD, type FixtureBuild } from '../helpers/shared/paths.ts';
import { listPages, parsePage, readableText } from '../helpers/shared/site-pages.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { archivePath, articlePath, topicsPath } from '../../src/lib/site/urls.ts';
import { uiStrings } from '../../src/lib/site/i18n/strings.ts';
import { expect, recordCspViolations, test } from '../helpers/browser/browser-fixtures.ts';

/** An article page and a word of its body that finds it alone. */
interface Probe {
	slug: string;
	title: string;
	word: string;
	/** The article's edition: `ar` for the Arabic one, else the default (`''`). */
	edition: string;
}

/**
 * For each article, a word of its body that is not in its headline and whose first five letters
 * appear in no other article page: Pagefind matches stems and prefixes, so only such a word is
 * sure to find that article alone. Read from the built pages, so new fixtures need no edit here.
 */
function probes(build: FixtureBuild): Probe[] {
	if (!existsSync(build.outDir)) return [];
	const articles = listPages(build.outDir)
		.filter((page) => page.isArticle)
		.map((page) => {
			const doc = parsePage(page);
			const body = doc.querySelector('.article-body');
			return {
				slug: page.slug ?? '',
				edition: doc.querySelector('html')?.getAttribute('lang') === 'ar' ? 'ar' : '',
				title: readableText(doc.querySelector('h1') ?? doc),
				body: body === null ? '' : readableText(body),
				page: readableText(doc.querySelector('main') ?? doc).toLowerCase(),
			};
		});
	return articles.flatMap((article) => {
		const others = articles.filter((other) => other !== article).map((other) => other.page);
		const word = (article.body.match(/\p{L}{7,}/gu) ?? [])
			.map((candidate) => candidate.toLowerCase())
			.find(
				(candidate) =>
					!article.title.toLowerCase().includes(candidate.slice(0, 5)) &&
					others.every((text) => !text.includes(candidate.slice(0, 5))),
			);
		return word === undefined
			? []
			: [{ slug: article.slug, title: article.title, word, edition: article.edition }];
	});
}

const rootProbes = probes(ROOT_BUILD);
/** The default (English) edition's probes: what /search/ finds. */
const englishProbes = rootProbes.filter((probe) => probe.edition === '');
const en = uiStrings('en');

test('every fixture article has a word only its body holds', () => {
	const articles = listPages(ROOT_BUILD.outDir).filter((page) => page.isArticle);
	expect(articles.length).toBeGreaterThanOrEqual(3);
	expect(rootProbes.map((probe) => probe.slug).sort()).toEqual(
		articles.map((page) => page.slug).sort(),
	);
});

test.describe('search at the site root', () => {
	test('typing a word of one article body finds that article alone, linked, with no CSP violation', async ({
		page,
	}) => {
		const violations = recordCspViolations(page);
		const [probe] = englishProbes;
		expect(probe).toBeDefined();
		if (probe === undefined) return;
		await page.goto('/search/');
		await expect(page.locator('[data-search-fallback]')).toBeHidden();
		await page.getByLabel('Search articles').fill(probe.word);
		const results = page.locator('[data-search-list] > li');
		await expect(results).toHaveCount(1);
		const link = results.getByRole('link');
		await expect(link).toHaveText(probe.title);
		await expect(link).toHaveAttribute('href', articlePath(probe.slug));
		await expect(results.locator('mark').first()).toBeVisible();
		await expect(page.getByRole('status')).toHaveText(`One article matches “${probe.word}”.`);
		await expect(page).toHaveURL(new RegExp(`/search/\\?q=${probe.word}$`));
		await link.click();
		await expect(page).toHaveURL(new RegExp(`${articlePath(probe.slug)}$`));
		expect(violations).toEqual([]);
	});

	test("each fixture article is found by a word of its body on its edition's search page, and on no other", async ({
		page,
	}) => {
		// Every article searched on both editions' pages: twice the searches of one page.
		test.slow();
		const arabic = rootProbes.filter((probe) => probe.edition === 'ar');
		expect(arabic.length).toBeGreaterThan(0);
		for (const edition of ['', 'ar']) {
			await page.goto(`/${edition === '' ? '' : `${edition}/`}search/`);
			const box = page.getByLabel(uiStrings(edition === '' ? 'en' : edition).searchLabel);
			for (const probe of rootProbes) {
				await box.fill(probe.word);
				await box.press('Enter');
				const links = page.locator('[data-search-list] > li a');
				if (probe.edition !== edition) {
					await expect(
						page.locator('[data-search-list]'),
						`"${probe.word}" in /${edition}`,
					).toBeHidden();
					continue;
				}
				await expect(links, `searching "${probe.word}"`).toHaveCount(1);
				await expect(links).toHaveAttribute('href', articlePath(probe.slug));
			}
		}
	});

	test('a query in the URL is searched on arrival, as the form without script sends it', async ({
		page,
	}) => {
		const [probe] = englishProbes;
		if (probe === undefined) throw new Error('no probe word');
		await page.goto(`/search/?q=${encodeURIComponent(probe.word)}`);
		await expect(page.getByLabel('Search articles')).toHaveValue(probe.word);
		await expect(page.locator('[data-search-list] a')).toHaveAttribute(
			'href',
			articlePath(probe.slug),
		);
	});

	test('a word no article holds says so', async ({ page }) => {
		await page.goto('/search/?q=zzyzxqv');
		await expect(page.getByRole('status')).toHaveText('No article matches “zzyzxqv”.');
		await expect(page.locator('[data-search-list]')).toBeHidden();
	});

	test("Pagefind's WebAssembly runs under the page's policy when there is no worker to run it", async ({
		page,
	}) => {
		const violations = recordCspViolations(page);
		// Without Worker, Pagefind compiles its WebAssembly on the page itself.
		await page.addInitScript(() => {
			Reflect.deleteProperty(window, 'Worker');
		});
		const [probe] = englishProbes;
		if (probe === undefined) throw new Error('no probe word');
		await page.goto(`/search/?q=${encodeURIComponent(probe.word)}`);
		await expect(page.locator('[data-search-list] a')).toHaveAttribute(
			'href',
			articlePath(probe.slug),
		);
		expect(violations).toEqual([]);
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		test(`axe finds no violation on a page of results (${colorScheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			const [probe] = englishProbes;
			if (probe === undefined) throw new Error('no probe word');
			await page.goto(`/search/?q=${encodeURIComponent(probe.word)}`);
			await expect(page.locator('[data-search-list] > li')).toHaveCount(1);
			const violations = await wcagViolations(page);
			expect(violations, axeReport(violations)).toEqual([]);
		});
	}
});

test.describe('search without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the search page says search needs JavaScript and links the topics and the archive', async ({
		page,
	}) => {
		await page.goto('/search/?q=bridge');
		const fallback = page.locator('[data-search-fallback]');
		await expect(fallback).toBeVisible();
		await expect(fallback).toContainText('Searching needs JavaScript');
		await expect(fallback.getByRole('link', { name: en.browseTopics })).toHaveAttribute(
			'href',
			topicsPath(),
		);
		await expect(fallback.getByRole('link', { name: en.browseArchive })).toHaveAttribute(
			'href',
			archivePath(),
		);
	});

	test('the form on the 404 page leads to the search page with the query', async ({ page }) => {
		await page.goto('/no-such-page/');
		await page.getByLabel('Search articles').fill('bridge');
		await page.getByLabel('Search articles').press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=bridge$/);
		await expect(page.locator('[data-search-fallback]')).toBeVisible();
	});
});

/** The same tests' fixtures, serving the build made for `/news/`. */
const subPathTest = test.extend<object, { site: StaticServer }>({
	site: [
		// Playwright reads a fixture's dependencies from this destructuring; this one has none.
		// eslint-disable-next-line no-empty-pattern
		async ({}, use) => {
			const server = await serveStatic(SUB_PATH_BUILD.outDir, SUB_PATH_BUILD.base);
			await use(server);
			await server.close();
		},
		{ scope: 'worker' },
	],
});

subPathTest.describe('search under a sub-path', () => {
	subPathTest(
		'loads the index from /news/pagefind/ and links results under /news/',
		async ({ page }) => {
			const violations = recordCspViolations(page);
			const requests: string[] = [];
			page.on('request', (request) => requests.push(new URL(request.url()).pathname));
			const [probe] = probes(SUB_PATH_BUILD).filter((candidate) => candidate.edition === '');
			if (probe === undefined) throw new Error('no probe word');
			await page.goto('search/');
			await page.getByLabel('Search articles').fill(probe.word);
			const link = page.locator('[data-search-list] > li a');
			await expect(link).toHaveCount(1);
			await expect(link).toHaveAttribute('href', articlePath(probe.slug, SUB_PATH_BUILD.base));
			expect(requests).toContain('/news/pagefind/0/pagefind.js');
			expect(requests.filter((path) => path.includes('/pagefind/'))).toEqual(
				requests.filter((path) => path.startsWith('/news/pagefind/')),
			);
			await link.click();
			await expect(page).toHaveURL(new RegExp(`${articlePath(probe.slug, SUB_PATH_BUILD.base)}$`));
			expect(violations).toEqual([]);
		},
	);
});

import { describe, expect, it } from 'vitest';
import { pageWeight } from './page-weight.ts';
import { ROOT_BUILD, SEED_SLUG } from '../helpers/shared/paths.ts';
import { listPages } from '../helpers/shared/site-pages.ts';

const BUDGET = 14 * 1024;
const pages = listPages(ROOT_BUILD.outDir);

describe('page weight', () => {
	it('fits the seed article page and its render-blocking CSS in 14 KB gzipped', () => {
		const page = pages.find((candidate) => candidate.slug === SEED_SLUG);
		expect(page, `no page for ${SEED_SLUG}`).toBeDefined();
		const weight = pageWeight(ROOT_BUILD.outDir, ROOT_BUILD.base, page!);
		console.log(
			`[page weight] ${page!.path}: ${weight.criticalGzip} B gzip (HTML + render-blocking CSS), ${weight.totalGzip} B with print CSS; budget ${BUDGET} B\n` +
				weight.resources
					.map(
						(r) =>
							`  ${r.path} [${r.media}${r.blocking ? '' : ', not blocking'}] ${r.bytes} B, ${r.gzip} B gzip`,
					)
					.join('\n'),
		);
		expect(weight.criticalGzip).toBeLessThanOrEqual(BUDGET);
	});

	it('keeps every other article page within the same budget', () => {
		const over = pages
			.filter((page) => page.isArticle)
			.map((page) => ({
				path: page.path,
				gzip: pageWeight(ROOT_BUILD.outDir, ROOT_BUILD.base, page).criticalGzip,
			}))
			.filter((page) => page.gzip > BUDGET);
		expect(over).toEqual([]);
	});

	it('keeps every text-only page within the budget', () => {
		// Each is also at most half its full page: tests/build/lite-edition.test.ts.
		const lite = pages.filter((page) => page.rel.startsWith('lite/'));
		expect(lite.length).toBeGreaterThan(pages.filter((page) => page.isArticle).length);
		const over = lite
			.filter((page) => pageWeight(ROOT_BUILD.outDir, ROOT_BUILD.base, page).totalGzip > BUDGET)
			.map((page) => page.path);
		expect(over).toEqual([]);
	});

	it("keeps the front page, the author pages and the newsroom's pages within the same budget", () => {
		const newsroom = pages.filter(
			(page) =>
				page.path === '/' ||
				page.path.startsWith('/authors/') ||
				['/about/', '/masthead/', '/corrections-policy/', '/ethics-policy/', '/contact/'].includes(
					page.path,
				),
		);
		expect(newsroom.length).toBeGreaterThanOrEqual(9);
		const weights = newsroom.map((page) => ({
			path: page.path,
			gzip: pageWeight(ROOT_BUILD.outDir, ROOT_BUILD.base, page).criticalGzip,
		}));
		console.log(
			`[page weight] ${weights.map((weight) => `${weight.path} ${String(weight.gzip)} B`).join(', ')}`,
		);
		expect(weights.filter((weight) => weight.gzip > BUDGET)).toEqual([]);
	});
});

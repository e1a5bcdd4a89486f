import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLogFile } from '../helpers/build/build-site.ts';
import { ROOT_BUILD } from '../helpers/shared/paths.ts';

const HELD_BACK = ['council-budget-draft', 'bridge-opening-scheduled'];

describe('a production build', () => {
	it.each(HELD_BACK)('writes no page for %s', (slug) => {
		expect(existsSync(join(ROOT_BUILD.outDir, 'articles', slug))).toBe(false);
	});

	it('lists neither on the home page', () => {
		const home = readFileSync(join(ROOT_BUILD.outDir, 'index.html'), 'utf8');
		for (const slug of HELD_BACK) expect(home).not.toContain(slug);
		expect(home).not.toContain('class="publishing-note');
	});

	it('says in its log how many articles it held back, and why', () => {
		expect(readFileSync(buildLogFile(ROOT_BUILD), 'utf8')).toContain(
			'2 held back from production: 1 draft (draft: true), 1 scheduled (pubDate after this build)',
		);
	});

	it("says how many pages it wrote and how many came from the cache, not each page's name", () => {
		const log = readFileSync(buildLogFile(ROOT_BUILD), 'utf8');
		expect(log).not.toMatch(/[├└]─ \//);
		const [, total, rendered, cached] =
			/\[build\] ([\d,]+) pages and feeds: ([\d,]+) rendered, ([\d,]+) from the cache\n/.exec(
				log,
			) ?? [];
		const number = (text = '') => Number(text.replaceAll(',', ''));
		expect(number(rendered) + number(cached)).toBe(number(total));
		// The site's pages, its feeds and sitemaps: more than Astro's count of HTML pages.
		const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1]);
		expect(number(total)).toBeGreaterThan(pages);
	});
});

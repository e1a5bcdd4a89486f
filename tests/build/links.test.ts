import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrokenLinks } from './links.ts';
import { ROOT_BUILD, SUB_PATH_BUILD, type FixtureBuild } from '../helpers/shared/paths.ts';
import { listPages } from '../helpers/shared/site-pages.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

describe.each([ROOT_BUILD, SUB_PATH_BUILD])(
	'internal links of the site built for base $base',
	(build: FixtureBuild) => {
		let server: StaticServer;
		beforeAll(async () => {
			server = await serveStatic(build.outDir, build.base);
		});
		afterAll(() => server.close());

		it('are all alive, fragments included, and reach every page', async () => {
			const started = performance.now();
			const { broken, checked } = await findBrokenLinks(server.url);
			console.log(
				`[linkinator] base ${build.base}: ${checked} links checked in ${((performance.now() - started) / 1000).toFixed(1)} s`,
			);
			const report = broken
				.map(
					(link) => `${link.url} (from ${link.parent ?? '?'}): ${link.status ?? ''} ${link.reason}`,
				)
				.join('\n');
			expect(broken, `broken links:\n${report}`).toEqual([]);
			expect(checked).toBeGreaterThanOrEqual(listPages(build.outDir).length - 1);
		});

		it('work on the 404 page when a host serves it for a missing URL at any depth', async () => {
			const missing = new URL(`${build.base}no/such/article/`, server.origin);
			const response = await fetch(missing);
			expect(response.status).toBe(404);
			const html = await response.text();
			const dead: string[] = [];
			for (const match of html.matchAll(/\s(?:href|src)="([^"#]+)(#[^"]*)?"/g)) {
				const url = new URL(match[1] ?? '', missing);
				if (url.origin !== server.origin) continue;
				const status = (await fetch(url)).status;
				if (status !== 200) dead.push(`${match[1] ?? ''} -> ${url.pathname}: ${status}`);
			}
			expect(dead).toEqual([]);
		});

		it('never leave the base path', async () => {
			const outside: string[] = [];
			for (const page of listPages(build.outDir, build.base)) {
				const html = await (await fetch(new URL(page.path, server.origin))).text();
				for (const match of html.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)) {
					const url = match[1] ?? '';
					if (!url.startsWith('//') && !url.startsWith(build.base))
						outside.push(`${page.path}: ${url}`);
				}
			}
			expect(outside).toEqual([]);
		});
	},
);

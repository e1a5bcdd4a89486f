import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { ROOT_BUILD, TMP } from '../shared/paths.ts';
import { serveStatic, type StaticServer } from '../../../scripts/lib/static-server.ts';

/** Worker-scoped fixtures of the browser tier. */
interface WorkerFixtures {
	/** The fixture site (built by global setup), served on 127.0.0.1 on a free port. */
	site: StaticServer;
}

/** Test-scoped fixtures of the browser tier. */
interface TestFixtures {
	/** Every request the page made to another origin; each was aborted, so none reached the network. */
	foreignRequests: string[];
}

/**
 * `test` with the fixture site served per worker as `baseURL`, and every request to another
 * origin recorded and aborted: no test touches the network.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
	site: [
		// Playwright reads a fixture's dependencies from this destructuring; this one has none.
		// eslint-disable-next-line no-empty-pattern
		async ({}, use) => {
			const server = await serveStatic(ROOT_BUILD.outDir, ROOT_BUILD.base);
			await use(server);
			await server.close();
		},
		{ scope: 'worker' },
	],
	baseURL: async ({ site }, use) => {
		await use(site.url);
	},
	foreignRequests: [
		async ({ context, site }, use) => {
			const foreign: string[] = [];
			await context.route(
				(url) => url.origin !== site.origin,
				async (route) => {
					foreign.push(route.request().url());
					await route.abort('blockedbyclient');
				},
			);
			await use(foreign);
		},
		{ auto: true },
	],
});

export { expect };

/** Where screenshots go for people to look at (git-ignored). */
export const SCREENSHOTS = join(TMP, 'screenshots');

/** A file-name-safe name for a URL path: `/articles/x/` → `articles-x`, `/` → `home`. */
export function pageName(path: string): string {
	return (
		path
			.replace(/^\/|\/$/g, '')
			.replace(/\.html$/, '')
			.replace(/[^a-z0-9-]+/gi, '-') || 'home'
	);
}

/** Saves a full-page screenshot as `tests/.tmp/screenshots/<name>.png`. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
	mkdirSync(SCREENSHOTS, { recursive: true });
	await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * Collects into `into` (a new array by default) every Content Security Policy violation that
 * Chromium reports on `page`'s console from now on, and returns it.
 */
export function recordCspViolations(page: Page, into: string[] = []): string[] {
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) into.push(message.text());
	});
	return into;
}

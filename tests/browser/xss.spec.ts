import { test as base, expect } from '@playwright/test';
import { ROOT_BUILD } from '../helpers/shared/paths.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { probePage, type ProbeReport } from './xss-probe.ts';
import { XSS_BUILD, xssPages } from '../helpers/browser/xss-site.ts';

// The corpus site (tests/helpers/browser/xss-site.ts) is built by the browser tier's global setup.
const test = base.extend<object, { xssSite: StaticServer; fixtureSite: StaticServer }>({
	xssSite: [
		// eslint-disable-next-line no-empty-pattern
		async ({}, use) => {
			const server = await serveStatic(XSS_BUILD.outDir, XSS_BUILD.base);
			await use(server);
			await server.close();
		},
		{ scope: 'worker' },
	],
	fixtureSite: [
		// eslint-disable-next-line no-empty-pattern
		async ({}, use) => {
			const server = await serveStatic(ROOT_BUILD.outDir, ROOT_BUILD.base);
			await use(server);
			await server.close();
		},
		{ scope: 'worker' },
	],
});

/** The findings of a report: everything but the counts of elements tried. */
function findings(report: ProbeReport): Omit<ProbeReport, 'interacted' | 'touched'> {
	const { dialogs, sinkCalls, violations, foreignRequests, navigations, unsafeLinks } = report;
	return { dialogs, sinkCalls, violations, foreignRequests, navigations, unsafeLinks };
}

const NOTHING = {
	dialogs: [],
	sinkCalls: [],
	violations: [],
	foreignRequests: [],
	navigations: [],
	unsafeLinks: [],
};

test.describe('the detector', () => {
	test('fires on known vectors rendered without the sanitizer and without a policy', async ({
		page,
		xssSite,
	}) => {
		const report = await probePage(page, `${xssSite.url}detector/raw.html`);
		// On load, on hover, on focus and on click: each kind of vector is seen.
		expect(report.sinkCalls).toEqual(
			expect.arrayContaining(['alert(load)', 'alert(hover)', 'alert(focus)', 'alert(click)']),
		);
		// A vector that fetches a fresh alert from a new frame opens a real dialog, or is recorded.
		expect([...report.dialogs, ...report.sinkCalls].join('\n')).toContain('dialog');
		expect(report.unsafeLinks).toEqual(["javascript:alert('click')"]);
	});

	test('reports the violations when the same page carries our Content Security Policy', async ({
		page,
		xssSite,
	}) => {
		const report = await probePage(page, `${xssSite.url}detector/raw-csp.html`);
		expect(report.sinkCalls).toEqual([]);
		expect(report.dialogs).toEqual([]);
		expect(report.violations.join('\n')).toMatch(/script-src/);
	});
});

const XSS_PAGES = xssPages();

for (const xssPage of XSS_PAGES) {
	const ids = xssPage.vectors.map((vector) => vector.id);
	test(`${xssPage.slug} (${ids[0] ?? ''} .. ${ids.at(-1) ?? ''}): nothing runs, loads or navigates, even after hover, focus and click`, async ({
		page,
		xssSite,
	}) => {
		test.setTimeout(60_000);
		const report = await probePage(page, `${xssSite.url}articles/${xssPage.slug}/`);
		expect(findings(report)).toEqual(NOTHING);
		// Every section's elements got the events (at least its heading and anchor link each).
		expect(report.touched).toBeGreaterThanOrEqual(2 * xssPage.vectors.length);
	});
}

for (const xssPage of XSS_PAGES) {
	test(`${xssPage.slug}, text-only: nothing runs, loads or navigates, even after hover, focus and click`, async ({
		page,
		xssSite,
	}) => {
		test.setTimeout(60_000);
		const report = await probePage(page, `${xssSite.url}lite/articles/${xssPage.slug}/`);
		expect(findings(report)).toEqual(NOTHING);
		// Every section's elements got the events (at least its heading each).
		expect(report.touched).toBeGreaterThanOrEqual(xssPage.vectors.length);
	});
}

test('the text-only page of the article with hostile front matter: nothing runs, loads or navigates', async ({
	page,
	fixtureSite,
}) => {
	const report = await probePage(
		page,
		`${fixtureSite.url}lite/articles/council-website-flaw-fixed/`,
	);
	expect(findings(report)).toEqual(NOTHING);
	expect(report.interacted).toBeGreaterThan(0);
});

test('the article with hostile front matter: nothing runs, loads or navigates', async ({
	page,
	fixtureSite,
}) => {
	const report = await probePage(page, `${fixtureSite.url}articles/council-website-flaw-fixed/`);
	expect(findings(report)).toEqual(NOTHING);
	// Its link to the council's site was hovered, focused and clicked.
	expect(report.interacted).toBeGreaterThan(0);
});

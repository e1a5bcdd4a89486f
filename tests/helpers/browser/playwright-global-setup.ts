import { join } from 'node:path';
import { ensureFixtureSite } from '../build/build-site.ts';
import { ROOT_BUILD, SUB_PATH_BUILD } from '../shared/paths.ts';
import { XSS_BUILD, ensureXssSite, writeDetectorPages } from './xss-site.ts';

/**
 * Playwright global setup: the fixture site (at the root, and under a sub-path, where search
 * loads its index from the base) and the XSS corpus site, each built once (or reused when
 * fresh) before any test, one after the other: every build writes Astro's generated types in
 * `.astro/`. Then the detector's self-test pages beside the corpus.
 */
export default async function globalSetup(): Promise<void> {
	await ensureFixtureSite(ROOT_BUILD);
	await ensureFixtureSite(SUB_PATH_BUILD);
	await ensureXssSite();
	writeDetectorPages(XSS_BUILD.outDir, join(XSS_BUILD.outDir, 'index.html'));
}

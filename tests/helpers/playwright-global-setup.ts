import { join } from 'node:path';
import { ensureFixtureSite } from './build-site.ts';
import { ROOT_BUILD } from './paths.ts';
import { XSS_BUILD, ensureXssSite, writeDetectorPages } from './xss-site.ts';

/**
 * Playwright global setup: the fixture site and the XSS corpus site, each built once (or
 * reused when fresh) before any test, and the detector's self-test pages beside the corpus.
 */
export default async function globalSetup(): Promise<void> {
	await ensureFixtureSite(ROOT_BUILD);
	await ensureXssSite();
	writeDetectorPages(XSS_BUILD.outDir, join(XSS_BUILD.outDir, 'index.html'));
}

import { ensureFixtureSite } from './build-site.ts';
import { ROOT_BUILD } from './paths.ts';

/** Playwright global setup: the fixture site, built once (or reused when fresh) before any test. */
export default async function globalSetup(): Promise<void> {
	await ensureFixtureSite(ROOT_BUILD);
}

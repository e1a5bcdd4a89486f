import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, ROOT_BUILD } from '../helpers/shared/paths.ts';
import { listPages } from '../helpers/shared/site-pages.ts';
import { formatVnuMessages, validateHtml } from './vnu.ts';

describe('HTML validity (Nu HTML Checker)', () => {
	it('finds no error in any built page', async () => {
		const pages = listPages(ROOT_BUILD.outDir);
		expect(pages.length).toBeGreaterThan(0);
		const started = performance.now();
		const errors = await validateHtml(ROOT_BUILD.outDir);
		console.log(
			`[vnu] checked ${pages.length} pages in ${relative(ROOT, ROOT_BUILD.outDir)} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
		);
		expect(errors, `vnu errors:\n${formatVnuMessages(errors)}`).toEqual([]);
	});
});

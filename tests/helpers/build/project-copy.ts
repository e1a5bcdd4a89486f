import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TMP } from '../shared/paths.ts';

/** What a copy of the project needs to build; `node_modules` is linked, not copied. */
const PROJECT_FILES = [
	'src',
	'public',
	'astro.config.mjs',
	'tsconfig.json',
	'package.json',
	'package-lock.json',
	'tests/helpers/build/astro-fixture.config.ts',
	// Every test build uses the fixture site's authors and newsroom pages.
	'tests/fixtures/site/authors',
	'tests/fixtures/site/pages',
];

/**
 * A throw-away copy of the project under `parent` (`tests/.tmp/`), for tests that edit its code
 * or settings (the site config, the pipeline) and must not touch the real tree. A dev server's
 * copy goes elsewhere: `astro dev` does not watch `tests/.tmp/` (astro.config.mjs). Its articles go in
 * `articles/`, its content cache in `cache/`, its output in `dist/`.
 */
export function copyProject(
	name: string,
	parent: string = TMP,
): { root: string; articles: string; cacheDir: string; outDir: string } {
	mkdirSync(parent, { recursive: true });
	const root = mkdtempSync(join(parent, `${name}-`));
	for (const file of PROJECT_FILES) cpSync(join(ROOT, file), join(root, file), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
	mkdirSync(join(root, 'articles'));
	return {
		root,
		articles: join(root, 'articles'),
		cacheDir: join(root, 'cache'),
		outDir: join(root, 'dist'),
	};
}

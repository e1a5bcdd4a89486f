import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAstroBuild } from '../helpers/build-site.ts';
import { FIXTURE_ARTICLES, ROOT, TMP } from '../helpers/paths.ts';

/** Two of the invalid fixtures (tests/fixtures/articles/invalid), and the key each gets wrong. */
const INVALID = [
	{ file: 'tests/fixtures/articles/invalid/bad-date.md', key: 'pubDate' },
	{ file: 'tests/fixtures/articles/invalid/unknown-key.md', key: 'tag' },
];

/** 1-based line of `key:` in a file's front matter. */
function lineOf(source: string, key: string): number {
	const index = source.split('\n').findIndex((line) => line.startsWith(`${key}:`));
	if (index === -1) throw new Error(`no "${key}:" line in the fixture`);
	return index + 1;
}

describe('a build with invalid articles', () => {
	it('fails, naming every bad file with the line of its problem', async () => {
		const articles = join(TMP, 'bad-site/articles');
		rmSync(join(TMP, 'bad-site'), { recursive: true, force: true });
		mkdirSync(articles, { recursive: true });
		cpSync(join(ROOT, FIXTURE_ARTICLES), articles, { recursive: true });
		const expected = INVALID.map(({ file, key }) => {
			const source = readFileSync(join(ROOT, file), 'utf8');
			cpSync(join(ROOT, file), join(articles, basename(file)));
			return `${relative(ROOT, join(articles, basename(file)))}:${lineOf(source, key)}`;
		});

		const run = await runAstroBuild({
			articlesDir: relative(ROOT, articles),
			outDir: join(TMP, 'bad-site/dist'),
			cacheDir: join(TMP, 'bad-site/cache'),
			base: '/',
		});
		console.log(`[bad build] exited with ${String(run.code)} in ${(run.ms / 1000).toFixed(1)} s`);

		expect(run.code, run.output).not.toBe(0);
		for (const location of expected) expect(run.output).toContain(location);
		expect(run.output).toMatch(/pubDate.*expected a date/);
		expect(run.output).toMatch(/"tag".*expected one of the known keys/);
		expect(run.output).toMatch(/2 problems in 2 article files/);
	});
});

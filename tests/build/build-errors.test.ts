import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAstroBuild } from '../helpers/build-site.ts';
import { FIXTURE_ARTICLES, FIXTURE_PAGES, ROOT, TMP } from '../helpers/paths.ts';

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

describe('a build with problems in articles, author files and the newsroom pages', () => {
	it('fails once, listing the problems of every folder together', async () => {
		const root = join(TMP, 'bad-newsroom');
		rmSync(root, { recursive: true, force: true });
		const articles = join(root, 'articles');
		const authors = join(root, 'authors');
		const pages = join(root, 'pages');
		cpSync(join(ROOT, FIXTURE_ARTICLES), articles, { recursive: true });
		cpSync(
			join(ROOT, 'tests/fixtures/articles/invalid/bad-date.md'),
			join(articles, 'bad-date.md'),
		);
		cpSync(join(ROOT, FIXTURE_PAGES), pages, { recursive: true });
		rmSync(join(pages, 'contact.md'));
		mkdirSync(authors);
		writeFileSync(join(authors, 'jane-doe.md'), '---\nname: Jane Doe\ntwitter: "@jane"\n---\n');
		writeFileSync(
			join(authors, 'sam-lee.md'),
			'---\nname: Sam Lee\n---\n\nHis [first story](../../articles/no-such-story/).\n',
		);

		const run = await runAstroBuild({
			articlesDir: relative(ROOT, articles),
			authorsDir: relative(ROOT, authors),
			pagesDir: relative(ROOT, pages),
			outDir: join(root, 'dist'),
			cacheDir: join(root, 'cache'),
			base: '/',
		});

		expect(run.code, run.output).not.toBe(0);
		const author = relative(ROOT, join(authors, 'jane-doe.md'));
		expect(run.output).toMatch(/4 problems in 4 content files:/);
		expect(run.output).toContain(`${relative(ROOT, join(articles, 'bad-date.md'))}:`);
		expect(run.output).toContain(
			`${author}:3 front matter "twitter": expected one of the known keys (name, role, bio, image, links, email), found an unknown key`,
		);
		expect(run.output).toContain(
			`${relative(ROOT, join(authors, 'sam-lee.md'))}:5 body: expected a link to an article that exists, found a link to "no-such-story", which no article file defines`,
		);
		expect(run.output).toContain(
			`src/site.config.ts setting "pages.contact": expected the slug of a page file in ${relative(ROOT, pages)}/, found "contact", which no page file defines`,
		);
		expect(run.output).not.toMatch(/^\s+at .*\(.*:\d+:\d+\)$/m);
	});
});

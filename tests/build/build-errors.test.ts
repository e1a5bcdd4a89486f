import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAstroBuild } from '../helpers/build/build-site.ts';
import { FIXTURE_ARTICLES, FIXTURE_PAGES, ROOT, TMP } from '../helpers/shared/paths.ts';

const INVALID_DIR = 'tests/fixtures/articles/invalid';

/**
 * Invalid fixtures (tests/fixtures/articles/invalid), each with the start of the line it is wrong
 * on: front matter, blocks, and body images the build must check on disk (missing, not an image).
 */
const INVALID = [
	{ file: `${INVALID_DIR}/bad-date.md`, line: 'pubDate:' },
	{ file: `${INVALID_DIR}/unknown-key.md`, line: 'tag:' },
	{ file: `${INVALID_DIR}/unknown-block-directive.md`, line: ':::galery' },
	{ file: `${INVALID_DIR}/body-image-without-alt.md`, line: '![](' },
	{ file: `${INVALID_DIR}/missing-body-image.md`, line: '![Protesters' },
	{ file: `${INVALID_DIR}/body-image-not-an-image.md`, line: ':::figure' },
	{
		file: `${INVALID_DIR}/live-update-time-without-offset.md`,
		line: ':::update{time="2019-12-31T14:05"',
	},
	{ file: `${INVALID_DIR}/live-update-before-start.md`, line: ':::update{time="2019-12-31T08:30' },
	{ file: `${INVALID_DIR}/live-update-after-end.md`, line: ':::update{time="2020-01-01T01:00' },
	{
		file: `${INVALID_DIR}/live-key-event-without-title.md`,
		line: ':::update{time="2019-12-31T14:05:00+03:00" key',
	},
	{
		file: `${INVALID_DIR}/live-update-unclosed.md`,
		line: ':::update{time="2019-12-31T14:05:00+03:00" title',
	},
	{ file: `${INVALID_DIR}/update-without-live.md`, line: ':::update{' },
	// Parses: only the build, which knows the time, finds it in the future.
	{ file: `${INVALID_DIR}/live-update-in-the-future.md`, line: ':::update{time="2099' },
];

/** An article the build warns about and still publishes: its pull quote is not in its text. */
const WARNED = {
	file: 'tests/fixtures/articles/warnings/pullquote-not-in-text.md',
	line: ':::pullquote',
};

/** 1-based line of the first line starting with `start`. */
function lineOf(source: string, start: string): number {
	const index = source.split('\n').findIndex((line) => line.startsWith(start));
	if (index === -1) throw new Error(`no line starting "${start}" in the fixture`);
	return index + 1;
}

describe('a build with invalid articles', () => {
	it('fails, naming every bad file with the line of its problem', async () => {
		const articles = join(TMP, 'bad-site/articles');
		rmSync(join(TMP, 'bad-site'), { recursive: true, force: true });
		mkdirSync(articles, { recursive: true });
		cpSync(join(ROOT, FIXTURE_ARTICLES), articles, { recursive: true });
		cpSync(join(ROOT, INVALID_DIR, 'images'), join(articles, 'images'), { recursive: true });
		const [warned, ...expected] = [WARNED, ...INVALID].map(({ file, line }) => {
			const source = readFileSync(join(ROOT, file), 'utf8');
			cpSync(join(ROOT, file), join(articles, basename(file)));
			return `${relative(ROOT, join(articles, basename(file)))}:${lineOf(source, line)}`;
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
		expect(run.output).toMatch(
			/unknown-block-directive\.md:\d+ body: expected a block directive, one of :::figure, :::gallery.*found :::galery/,
		);
		expect(run.output).toMatch(/without-alt\.md:\d+ body: expected a text alternative/);
		expect(run.output).toMatch(
			/missing-body-image\.md:\d+ body: expected the path of an image file, relative to the article file, found "\.\/images\/no-such-photo\.jpg", which does not exist/,
		);
		expect(run.output).toMatch(
			/not-an-image\.md:\d+ body: expected a JPEG, PNG, WebP or AVIF image, found "\.\/images\/not-a-photo\.jpg", a file that is not an image/,
		);
		// A malformed update is named by its time, after the file and line.
		expect(run.output).toMatch(
			/without-offset\.md:\d+ :::update\{time="2019-12-31T14:05"\}: expected a date-time with an offset/,
		);
		expect(run.output).toMatch(
			/before-start\.md:\d+ :::update\{time="2019-12-31T08:30:00\+03:00"\}: expected a time not before the coverage's start/,
		);
		expect(run.output).toMatch(
			/after-end\.md:\d+ :::update\{time="2020-01-01T01:00:00\+03:00"\}: expected a time not after the coverage's end/,
		);
		expect(run.output).toMatch(
			/without-title\.md:\d+ :::update\{time=.*expected title=… on a key event/,
		);
		expect(run.output).toMatch(/unclosed\.md:\d+ :::update\{time=.*expected the update closed/);
		expect(run.output).toMatch(
			/update-without-live\.md:\d+ body: expected :::update at the top level of a live article's body/,
		);
		expect(run.output).toMatch(
			/in-the-future\.md:\d+ :::update\{time="2099-12-31T14:05:00\+03:00"\}: expected a time not in the future/,
		);
		expect(run.output).toMatch(/13 problems in 13 article files/);
		// A warning is reported in the same form, and does not count among the problems.
		expect(run.output).toMatch(/1 warning in 1 article file/);
		expect(run.output).toContain(`${warned} body: expected the words of a pull quote`);
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

import { existsSync, mkdtempSync, rmSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/lib/pipeline/parse-article.ts';
import { TEST_OPTIONS } from '../../helpers/shared/article-options.ts';
import { runScript } from '../../helpers/unit/run-script.ts';
import { articleBlocks } from '../../../src/lib/article/article-schema.ts';

const SEED = 'tests/fixtures/articles/seed.txt';
const FIELDS = [
	'--title',
	'Trump blames Iran as protesters storm the gates of the US embassy in Baghdad',
	'--author',
	'News desk',
	'--pubDate',
	'2019-12-31',
	'--description',
	'The Pentagon is sending more troops to guard the embassy.',
];

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'import-article-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => runScript('scripts/import-article.ts', [...args, '--dir', dir]);

describe('npm run import', { timeout: 60_000 }, () => {
	it('writes the seed story as an article the pipeline accepts, and prints its path', () => {
		const { code, stdout, stderr } = run(
			SEED,
			...FIELDS,
			'--dateline',
			'Baghdad',
			'--tags',
			'Iraq, United States,Iran',
			'--translated-from',
			'ar',
		);
		const file = join(
			dir,
			'trump-blames-iran-as-protesters-storm-the-gates-of-the-us-embassy-in-baghdad.md',
		);
		expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: `Wrote ${file}\n`, stderr: '' });
		const article = parseArticle(readFileSync(file, 'utf8'), file, TEST_OPTIONS);
		expect(article.meta).toMatchObject({
			authors: ['News desk'],
			dateline: 'Baghdad',
			tags: ['Iraq', 'United States', 'Iran'],
			translatedFrom: { lang: 'ar' },
			dir: 'ltr',
			draft: false,
		});
		expect(article.sections.map((s) => s.title)).toEqual(['Embassy protection']);
		expect(articleBlocks(article)).toHaveLength(1);
	});

	it('names the file from --slug and takes --author more than once', () => {
		const { code } = run(SEED, ...FIELDS, '--slug', 'embassy', '--author', 'Jane Doe');
		expect(code).toBe(0);
		const file = join(dir, 'embassy.md');
		const article = parseArticle(readFileSync(file, 'utf8'), file, TEST_OPTIONS);
		expect(article.meta.authors).toEqual(['News desk', 'Jane Doe']);
	});

	it('lists every missing flag in one message with an example command', () => {
		const { code, stdout, stderr } = run(SEED, '--title', 'A headline');
		expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
		expect(stderr).toMatchInlineSnapshot(`
			"Missing --author, --pubDate, --description: a plain-text story has no front matter, so give them on the command line, for example:
			  npm run import -- tests/fixtures/articles/seed.txt --title "Protesters storm the US embassy in Baghdad" --author "News desk" --pubDate 2019-12-31 --description "The Pentagon is sending more troops to guard the embassy."
			"
		`);
		expect(readdirSync(dir)).toEqual([]);
	});

	it('refuses to overwrite an existing article', () => {
		expect(run(SEED, ...FIELDS, '--slug', 'embassy').code).toBe(0);
		const { code, stderr } = run(SEED, ...FIELDS, '--slug', 'embassy');
		expect(code).toBe(1);
		expect(stderr).toBe(
			`${join(dir, 'embassy.md')} already exists; nothing was written. Choose another name with --slug.\n`,
		);
	});

	it('names a story file that does not exist', () => {
		const { code, stderr } = run('no/such/story.txt', ...FIELDS);
		expect(code).toBe(1);
		expect(stderr).toMatchInlineSnapshot(`
			"Cannot read no/such/story.txt: no such file.
			"
		`);
	});

	it('prints what the build would reject and writes nothing', () => {
		const { code, stderr } = run(
			SEED,
			...FIELDS.slice(0, 4),
			'--pubDate',
			'31/12/2019',
			'--description',
			'D.',
			'--slug',
			'bad-date',
		);
		expect(code).toBe(1);
		expect(stderr.replace(dir, '<dir>')).toMatchInlineSnapshot(`
			"Nothing was written: the article would fail the build.
			1 problem in 1 article file:
			  <dir>/bad-date.md:4 front matter "pubDate": expected a date (2019-12-31) or a date-time with offset (2019-12-31T14:05:00Z), found "31/12/2019"
			"
		`);
		expect(existsSync(join(dir, 'bad-date.md'))).toBe(false);
	});
});

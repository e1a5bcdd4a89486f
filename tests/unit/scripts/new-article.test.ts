import { mkdtempSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/lib/pipeline/parse-article.ts';
import { TEST_OPTIONS } from '../../helpers/shared/article-options.ts';
import { runScript } from '../../helpers/unit/run-script.ts';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'new-article-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => runScript('scripts/new-article.ts', [...args, '--dir', dir]);
const todayUtc = () =>
	new Intl.DateTimeFormat('en-CA', {
		timeZone: 'UTC',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
	}).format(new Date());

describe('npm run new', { timeout: 60_000 }, () => {
	it('writes a draft named after the headline that the pipeline accepts, and prints its path', () => {
		const { code, stdout, stderr } = run('Protesters storm the “US” embassy: Iran’s role');
		const file = join(dir, 'protesters-storm-the-us-embassy-irans-role.md');
		expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
		expect(stdout).toBe(
			`Wrote ${file}\nIt is a draft: replace every "TODO", then delete "draft: true" to publish it.\n`,
		);
		const article = parseArticle(readFileSync(file, 'utf8'), file, TEST_OPTIONS);
		expect(article.meta).toMatchObject({
			title: 'Protesters storm the “US” embassy: Iran’s role',
			authors: ['TODO: The byline'],
			draft: true,
			pubDate: { iso: todayUtc(), hasTime: false },
		});
		expect(article.meta.description).toMatch(/^TODO: /);
		expect(article.sections.map((s) => s.title)).toEqual(['TODO: The first section heading']);
	});

	it('takes the byline from --author and the file name from --slug', () => {
		const { code } = run(
			'عاجل: اقتحام السفارة',
			'--slug',
			'embassy-stormed',
			'--author',
			'Jane Doe',
		);
		expect(code).toBe(0);
		const file = join(dir, 'embassy-stormed.md');
		const article = parseArticle(readFileSync(file, 'utf8'), file, TEST_OPTIONS);
		expect(article.meta.title).toBe('عاجل: اقتحام السفارة');
		expect(article.meta.authors).toEqual(['Jane Doe']);
	});

	it('asks for --slug when the headline has no Latin letters', () => {
		const { code, stdout, stderr } = run('عاجل: اقتحام السفارة');
		expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
		expect(stderr).toMatchInlineSnapshot(`
			"Cannot make a file name from "عاجل: اقتحام السفارة": it has no Latin letters. Give one with --slug, for example:
			  npm run new -- "عاجل: اقتحام السفارة" --slug protesters-storm-the-embassy
			"
		`);
	});

	it('refuses a --slug that is not kebab-case ASCII', () => {
		const { code, stderr } = run('A headline', '--slug', 'A Headline');
		expect(code).toBe(1);
		expect(stderr).toMatchInlineSnapshot(`
			"--slug "A Headline" is not a kebab-case ASCII slug such as "storm-at-the-embassy".
			"
		`);
	});

	it('refuses to overwrite an existing article and names it', () => {
		const file = join(dir, 'a-headline.md');
		writeFileSync(file, 'kept');
		const { code, stderr } = run('A headline');
		expect(code).toBe(1);
		expect(stderr).toBe(
			`${file} already exists; nothing was written. Choose another name with --slug.\n`,
		);
		expect(readFileSync(file, 'utf8')).toBe('kept');
	});

	it('prints the usage when there is no headline', () => {
		const { code, stderr } = run();
		expect(code).toBe(1);
		expect(stderr).toMatchInlineSnapshot(`
			"Usage: npm run new -- "Headline" [--slug <slug>] [--author <name>] [--dir <folder>]
			"
		`);
	});
});

import { spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { delimiter, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, TMP } from '../../helpers/shared/paths.ts';

mkdirSync(TMP, { recursive: true });
const dir = mkdtempSync(join(TMP, 'check-content-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a command of the project as an editor would, on `articles` (relative to the root). */
function run(command: string, args: string[], articles: string) {
	const result = spawnSync(command, args, {
		cwd: ROOT,
		encoding: 'utf8',
		env: {
			...process.env,
			PATH: `${join(ROOT, 'node_modules/.bin')}${delimiter}${process.env['PATH'] ?? ''}`,
			ARTICLES_DIR: articles,
			NO_COLOR: '1',
		},
	});
	return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A folder of articles: the fixture site's, plus `extra` files by name. */
function articles(name: string, extra: Record<string, string>): string {
	const folder = join(dir, name);
	cpSync(join(ROOT, 'tests/fixtures/site/articles'), folder, { recursive: true });
	for (const [file, text] of Object.entries(extra)) writeFileSync(join(folder, file), text);
	return relative(ROOT, folder);
}

const BROKEN = `---
title: A story with broken references
description: It links to an article that does not exist and names a missing image.
pubDate: 2024-03-02
author: Jane Doe
heroImage: ./missing-photo.jpg
heroAlt: A photo that is not there
---

Read [the earlier report](../no-such-story/) first.
`;

describe('npm run check:content', { timeout: 60_000 }, () => {
	it('says how many articles it checked when all is well, and exits 0', () => {
		const folder = articles('clean', {});
		const count = readdirSync(join(ROOT, folder), { recursive: true }).filter((name) =>
			String(name).endsWith('.md'),
		).length;
		const result = run('node', ['scripts/check-content.ts'], folder);
		expect(result.output).toContain(`${count} articles checked: no problems`);
		expect(result.code).toBe(0);
	});

	it('lists every problem of every file at once and exits 1', () => {
		const folder = articles('broken', {
			'broken-references.md': BROKEN,
			'bad-date.md': BROKEN.replace('pubDate: 2024-03-02', 'pubDate: 02/03/2024').replace(
				/heroImage.*\nheroAlt.*\n/,
				'',
			),
		});
		const result = run('node', ['scripts/check-content.ts'], folder);
		expect(result.code).toBe(1);
		expect(result.output.replaceAll(folder, '<dir>').trim()).toMatchInlineSnapshot(`
			"3 problems in 2 article files:
			  <dir>/bad-date.md:4 front matter "pubDate": expected a date (2019-12-31) or a date-time with offset (2019-12-31T14:05:00Z), found "02/03/2024"
			  <dir>/broken-references.md:6 front matter "heroImage": expected the path of an image file, relative to the article file, found "./missing-photo.jpg", which does not exist
			  <dir>/broken-references.md:10 body: expected a link to an article that exists, found a link to "no-such-story", which no article file defines"
		`);
	});

	it('names a binary file and a file that is not UTF-8, and checks the others', () => {
		const folder = articles('bad-bytes', {});
		writeFileSync(
			join(ROOT, folder, 'photo.md'),
			new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]),
		);
		writeFileSync(
			join(ROOT, folder, 'cafe.md'),
			new Uint8Array([...Buffer.from('---\ntitle: Caf'), 0xe9, ...Buffer.from('\n---\n')]),
		);
		const result = run('node', ['scripts/check-content.ts'], folder);
		expect(result.code).toBe(1);
		expect(result.output).toContain(
			`${folder}/photo.md file: expected a UTF-8 text file, found binary data (a NUL byte at byte 4)`,
		);
		expect(result.output).toContain(
			`${folder}/cafe.md:2 file: expected UTF-8 text (save the file as UTF-8)`,
		);
		expect(result.output).toContain('2 problems in 2 article files');
	});

	it('refuses a symbolic link to a file outside the articles folder, without quoting it', () => {
		const folder = articles('symlink', {});
		const secret = join(dir, 'secret.md');
		writeFileSync(secret, 'password: hunter2\n');
		symlinkSync(secret, join(ROOT, folder, 'innocent.md'));
		const result = run('node', ['scripts/check-content.ts'], folder);
		expect(result.code).toBe(1);
		expect(result.output).toContain(
			`${folder}/innocent.md file: expected a file inside ${folder}, found a symbolic link to a file outside it`,
		);
		expect(result.output).not.toContain('hunter2');
	});

	it('prints the same lines as the build', () => {
		const folder = articles('same-as-build', { 'broken-references.md': BROKEN });
		const check = run('node', ['scripts/check-content.ts'], folder);
		const build = run(
			'astro',
			[
				'build',
				'--config',
				'tests/helpers/build/astro-fixture.config.ts',
				'--outDir',
				join(dir, 'dist'),
			],
			folder,
		);
		expect(build.code).toBe(1);
		const problemLines = (output: string) =>
			output.split('\n').filter((line) => line.startsWith(`  ${folder}/`));
		expect(problemLines(check.output)).toHaveLength(2);
		expect(problemLines(build.output)).toEqual(problemLines(check.output));
	}, 60_000);
});

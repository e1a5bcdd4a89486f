import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/lib/pipeline/parse-article.ts';
import {
	insertUpdate,
	notLiveProblem,
	TODO_TEXT,
	updateBlock,
} from '../../../scripts/add-update.ts';
import { LIVE_HEAD as LIVE, TEST_OPTIONS } from '../../helpers/shared/article-options.ts';
import { runScript } from '../../helpers/unit/run-script.ts';

const FIXTURE = 'tests/fixtures/site/articles/live-embassy-protest.md';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'add-update-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => runScript('scripts/add-update.ts', [...args, '--dir', dir]);

describe('updateBlock', () => {
	const now = Date.parse('2019-12-31T11:05:09Z');

	it('writes the time in the site zone, to the second, with key and title', () => {
		expect(
			updateBlock({ now, timeZone: 'Asia/Baghdad', key: true, title: 'Gate breached' }),
		).toEqual({
			block: `:::update{time="2019-12-31T14:05:09+03:00" key title="Gate breached"}\n${TODO_TEXT}\n:::\n`,
		});
	});

	it('quotes a title holding double quotes with single ones, and refuses one holding both', () => {
		expect(updateBlock({ now, timeZone: 'UTC', key: false, title: 'He said "no"' })).toEqual({
			block: `:::update{time="2019-12-31T11:05:09Z" title='He said "no"'}\n${TODO_TEXT}\n:::\n`,
		});
		expect(updateBlock({ now, timeZone: 'UTC', key: false, title: `"It's over"` })).toHaveProperty(
			'problem',
		);
	});

	it('fences a text holding a block of its own with more colons', () => {
		const result = updateBlock({
			now,
			timeZone: 'UTC',
			key: false,
			text: ':::pullquote\nWe stay.\n:::',
		});
		expect(result).toEqual({
			block: '::::update{time="2019-12-31T11:05:09Z"}\n:::pullquote\nWe stay.\n:::\n::::\n',
		});
	});
});

describe('insertUpdate', () => {
	const block = ':::update{time="2019-12-31T12:00:00+03:00"}\nNew.\n:::\n';

	it('adds the first update after the summary', () => {
		const result = insertUpdate(LIVE, 'x.md', block);
		expect(result).toEqual({ source: `${LIVE}\n${block}`, line: 13 });
	});

	it('puts it first when the file writes its updates newest first', () => {
		const source = `${LIVE}\n:::update{time="2019-12-31T11:00:00+03:00"}\nTwo.\n:::\n\n:::update{time="2019-12-31T10:00:00+03:00"}\nOne.\n:::\n`;
		const result = insertUpdate(source, 'x.md', block);
		if ('problem' in result) throw new Error(result.problem);
		const article = parseArticle(result.source, 'x.md', TEST_OPTIONS);
		expect(article.live?.updates.map((update) => update.line)).toEqual([12, 16, 20]);
		expect(result.source.split('\n')[result.line - 1]).toBe('New.');
	});

	it('puts it last when the file writes its updates oldest first', () => {
		const source = `${LIVE}\n:::update{time="2019-12-31T10:00:00+03:00"}\nOne.\n:::\n\n:::update{time="2019-12-31T11:00:00+03:00"}\nTwo.\n:::\n`;
		const result = insertUpdate(source, 'x.md', block);
		if ('problem' in result) throw new Error(result.problem);
		expect(result.source.endsWith(`Two.\n:::\n\n${block}`)).toBe(true);
	});
});

describe('notLiveProblem', () => {
	const plain = LIVE.replace(/live:\n {2}start: .*\n/, '');

	it('tells an article without live: what to add, before anything is inserted', () => {
		expect(notLiveProblem(plain, 'x.md', '2019-12-31T12:00:00+03:00')).toBe(
			'x.md is not a live article: add live: { start: 2019-12-31T12:00:00+03:00 } to its front matter first. Nothing was written.',
		);
	});

	it('has nothing to say of a live article, nor of front matter the build check will name', () => {
		expect(notLiveProblem(LIVE, 'x.md', '2019-12-31T12:00:00+03:00')).toBeUndefined();
		const invalid = plain.replace('title: Live\n', '');
		expect(notLiveProblem(invalid, 'x.md', '2019-12-31T12:00:00+03:00')).toBeUndefined();
	});
});

describe('npm run update', { timeout: 60_000 }, () => {
	it('adds a key event at the current time that the pipeline accepts, and says where', () => {
		const file = join(dir, 'live.md');
		writeFileSync(file, LIVE);
		const { code, stdout, stderr } = run('live', '--key', '--title', 'Gate breached');
		expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
		expect(stdout).toBe(
			`Added an update to ${file}:13\nReplace its "TODO" with the update's text.\n`,
		);
		const article = parseArticle(readFileSync(file, 'utf8'), file, TEST_OPTIONS);
		expect(article.live?.updates).toHaveLength(1);
		expect(article.live?.updates[0]).toMatchObject({ key: true, title: 'Gate breached' });
		expect(Math.abs((article.live?.updates[0]?.time.epochMs ?? 0) - Date.now())).toBeLessThan(
			60_000,
		);
	});

	it('writes nothing and names the problem, in the build’s words, for a key event without title', () => {
		const file = join(dir, 'live.md');
		writeFileSync(file, LIVE);
		const { code, stdout, stderr } = run('live', '--key');
		expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
		expect(stderr).toMatch(
			new RegExp(
				`^Nothing was written: the article would fail the build.\\n1 problem in 1 article file:\\n  ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:12 :::update\\{time="[^"]+"\\}: expected title=… on a key event`,
			),
		);
		expect(readFileSync(file, 'utf8')).toBe(LIVE);
	});

	it('refuses an article that is not live, and one that does not exist', () => {
		const file = join(dir, 'plain.md');
		const plain = LIVE.replace(/live:\n {2}start: .*\n/, '');
		writeFileSync(file, plain);
		const { code, stderr } = run('plain');
		expect(code).toBe(1);
		expect(stderr.startsWith(`${file} is not a live article: add live: { start: `)).toBe(true);
		expect(stderr).toMatch(/ \} to its front matter first\. Nothing was written\.\n$/);
		expect(readFileSync(file, 'utf8')).toBe(plain);
		expect(run('missing')).toMatchObject({
			code: 1,
			stderr: `No article missing.md in ${dir}; nothing was written.\n`,
		});
	});

	it('adds to the 35 updates of the fixture, first, since it writes them oldest first', () => {
		const file = join(dir, 'live-embassy-protest.md');
		copyFileSync(FIXTURE, file);
		// The fixture's coverage has ended: an update now is after its end.
		const { code, stderr } = run('live-embassy-protest', '--text', 'Late news.');
		expect(code).toBe(1);
		expect(stderr).toContain(
			"expected a time not after the coverage's end (live.end 2019-12-31T23:30:00+03:00)",
		);
	});
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countPages } from '../../../scripts/bench/run-build.ts';

const root = mkdtempSync(join(tmpdir(), 'count-pages-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the bench's count of pages written", () => {
	it('counts the HTML files of every folder, at any depth, and nothing else', () => {
		const out = join(root, 'dist');
		for (const page of [
			'index.html',
			'404.html',
			'articles/a/index.html',
			'lite/articles/a/index.html',
		])
			mkdirSync(join(out, page, '..'), { recursive: true });
		for (const page of [
			'index.html',
			'404.html',
			'articles/a/index.html',
			'lite/articles/a/index.html',
		])
			writeFileSync(join(out, page), '<!doctype html>');
		writeFileSync(join(out, 'rss.xml'), '<rss/>');
		mkdirSync(join(out, 'pagefind/0'), { recursive: true });
		writeFileSync(join(out, 'pagefind/0/pagefind.js'), '');
		expect(countPages(out)).toBe(4);
	});

	it('is 0 for an output folder that does not exist', () => {
		expect(countPages(join(root, 'missing'))).toBe(0);
	});

	// A build of 50,000 articles writes 117,000 folders: the count once opened every folder before
	// reading any, and failed with EMFILE. Three thousand folders keep the test quick; the count
	// reads one folder at a time whatever their number.
	it('counts a page in each of thousands of folders', () => {
		const out = join(root, 'many');
		for (let index = 0; index < 3000; index++) {
			const folder = join(out, 'articles', String(index));
			mkdirSync(folder, { recursive: true });
			writeFileSync(join(folder, 'index.html'), '');
		}
		expect(countPages(out)).toBe(3000);
	});
});

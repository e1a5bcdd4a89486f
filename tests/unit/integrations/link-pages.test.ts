import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkPages, linkPagesInThread } from '../../../src/integrations/link-pages.ts';

const root = mkdtempSync(join(tmpdir(), 'link-pages-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A cache folder holding `files`, each containing its own name. */
function cacheOf(name: string, files: readonly string[]): string {
	const from = join(root, name, 'cache');
	for (const file of files) {
		mkdirSync(dirname(join(from, file)), { recursive: true });
		writeFileSync(join(from, file), file);
	}
	return from;
}

const PAGES = ['index.html', 'articles/a/index.html', 'articles/b/index.html', 'rss.xml'];

describe('linkPages (unchanged pages put in place from the cache)', () => {
	it('links every listed file at the same path, making its folders, and says which it placed', () => {
		const from = cacheOf('all', PAGES);
		const to = join(root, 'all', 'out');
		expect(linkPages(from, to, PAGES)).toEqual(PAGES);
		for (const file of PAGES) {
			expect(readFileSync(join(to, file), 'utf8')).toBe(file);
			// A link, not a copy: the output file and the cached one are the same file.
			expect(statSync(join(to, file)).ino).toBe(statSync(join(from, file)).ino);
		}
	});

	it('skips a listed file the cache no longer holds', () => {
		const from = cacheOf('missing', ['articles/a/index.html']);
		const to = join(root, 'missing', 'out');
		expect(linkPages(from, to, ['articles/a/index.html', 'articles/gone/index.html'])).toEqual([
			'articles/a/index.html',
		]);
	});

	it('fails on any other error, such as a file already in place', () => {
		const from = cacheOf('taken', ['index.html']);
		const to = join(root, 'taken', 'out');
		mkdirSync(to, { recursive: true });
		writeFileSync(join(to, 'index.html'), 'rendered');
		expect(() => linkPages(from, to, ['index.html'])).toThrow(/EEXIST/);
	});

	it('does the same on a thread of its own, and rejects with the thread’s error', async () => {
		const from = cacheOf('thread', PAGES);
		const to = join(root, 'thread', 'out');
		await expect(linkPagesInThread(from, to, PAGES)).resolves.toEqual(PAGES);
		expect(readFileSync(join(to, 'articles/b/index.html'), 'utf8')).toBe('articles/b/index.html');
		await expect(linkPagesInThread(from, to, PAGES)).rejects.toThrow(/EEXIST/);
	});
});

import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	inThread,
	linkFiles,
	outputFiles,
	removeStale,
} from '../../../src/integrations/page-files.ts';

const root = mkdtempSync(join(tmpdir(), 'page-files-'));
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

describe('linkFiles (unchanged pages put in place from the cache)', () => {
	it('links every listed file at the same path, making its folders, and says which it placed', () => {
		const from = cacheOf('all', PAGES);
		const to = join(root, 'all', 'out');
		expect(linkFiles(from, to, PAGES)).toEqual(PAGES);
		for (const file of PAGES) {
			expect(readFileSync(join(to, file), 'utf8')).toBe(file);
			// A link, not a copy: the output file and the cached one are the same file.
			expect(statSync(join(to, file)).ino).toBe(statSync(join(from, file)).ino);
		}
	});

	it('skips a listed file the cache no longer holds', () => {
		const from = cacheOf('missing', ['articles/a/index.html']);
		const to = join(root, 'missing', 'out');
		expect(linkFiles(from, to, ['articles/a/index.html', 'articles/gone/index.html'])).toEqual([
			'articles/a/index.html',
		]);
	});

	it('fails on any other error, such as a file already in place', () => {
		const from = cacheOf('taken', ['index.html']);
		const to = join(root, 'taken', 'out');
		mkdirSync(to, { recursive: true });
		writeFileSync(join(to, 'index.html'), 'rendered');
		expect(() => linkFiles(from, to, ['index.html'])).toThrow(/EEXIST/);
	});
});

/** An Astro cache list naming `files` (one route), written to `dir`; its path. */
function manifestOf(dir: string, files: readonly string[]): string {
	const paths = Object.fromEntries(files.map((file) => [`/${file}`, { outputFile: file }]));
	const path = join(dir, 'incremental-build.json');
	mkdirSync(dir, { recursive: true });
	writeFileSync(path, JSON.stringify({ routes: { r: { paths } } }));
	return path;
}

describe('removeStale (pages of the last build that this one no longer makes)', () => {
	it('removes a placed page the new list leaves out, unless this build wrote it since', () => {
		const from = cacheOf('stale', PAGES);
		const to = join(root, 'stale', 'out');
		const placed = linkFiles(from, to, PAGES);
		const since = Date.now() + 60_000;
		// Rendered by this build (written after linking began), though no longer listed.
		utimesSync(join(to, 'rss.xml'), new Date(since), new Date(since + 1000));
		const manifest = manifestOf(join(root, 'stale'), ['index.html', 'articles/a/index.html']);
		expect(removeStale(manifest, to, placed, since)).toBe(1);
		expect(existsSync(join(to, 'articles/b/index.html'))).toBe(false);
		for (const kept of ['index.html', 'articles/a/index.html', 'rss.xml'])
			expect(existsSync(join(to, kept))).toBe(true);
	});

	it('removes nothing when nothing was placed', () => {
		expect(removeStale(join(root, 'none.json'), join(root, 'none'), [], 0)).toBe(0);
	});
});

describe('inThread (the same work on a thread of its own)', () => {
	it('links the files a cache list names, prunes, and rejects with the thread’s error', async () => {
		const from = cacheOf('thread', PAGES);
		const to = join(root, 'thread', 'out');
		const manifest = manifestOf(join(root, 'thread'), PAGES);
		await expect(inThread({ kind: 'link', from, to, files: { manifest } })).resolves.toEqual(PAGES);
		expect(readFileSync(join(to, 'articles/b/index.html'), 'utf8')).toBe('articles/b/index.html');
		await expect(inThread({ kind: 'link', from, to, files: PAGES })).rejects.toThrow(/EEXIST/);
		// A folder emptied first takes the same files again, and keeps nothing else.
		writeFileSync(join(to, 'left-over.html'), 'stale');
		await expect(inThread({ kind: 'link', from, to, files: PAGES, clear: true })).resolves.toEqual(
			PAGES,
		);
		expect(existsSync(join(to, 'left-over.html'))).toBe(false);
		const fewer = manifestOf(join(root, 'thread', 'next'), ['index.html']);
		await expect(
			inThread({ kind: 'prune', manifest: fewer, to, placed: PAGES, since: Date.now() + 60_000 }),
		).resolves.toBe(3);
	});
});

describe("outputFiles (the pages of Astro's incremental cache list)", () => {
	it('lists the output file of every path of every route', () => {
		const manifest = {
			version: 1,
			routes: {
				'src/pages/articles/[slug].astro': {
					dependencyHash: 'x',
					paths: {
						'/articles/a/': { cacheKey: '1', outputFile: 'articles/a/index.html' },
						'/articles/b/': { cacheKey: '2', outputFile: 'articles/b/index.html' },
					},
				},
				'src/pages/rss.xml.ts': { paths: { '/rss.xml': { cacheKey: '3', outputFile: 'rss.xml' } } },
			},
		};
		expect(outputFiles(JSON.stringify(manifest))).toEqual([
			'articles/a/index.html',
			'articles/b/index.html',
			'rss.xml',
		]);
	});

	it('names nothing outside the output folder, and nothing from a list it cannot read', () => {
		const manifest = {
			routes: {
				r: {
					paths: {
						a: { outputFile: '../../etc/passwd' },
						b: { outputFile: '/etc/passwd' },
						c: { outputFile: 'articles/../../x' },
						d: { outputFile: 42 },
						e: { outputFile: 'ok/index.html' },
					},
				},
			},
		};
		expect(outputFiles(JSON.stringify(manifest))).toEqual(['ok/index.html']);
		for (const text of ['', '{"routes": ', 'null', '[]', '{"routes": {"r": {}}}'])
			expect(outputFiles(text)).toEqual([]);
	});
});

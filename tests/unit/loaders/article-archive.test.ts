import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusArticle, corpusSlug } from '../../../scripts/bench/generate-corpus.ts';
import {
	archiveWarnings,
	loadArchive,
	type Archive,
	type ArchiveEntry,
} from '../../../src/loaders/article-archive.ts';
import {
	bodyStore,
	type BodySink,
	type KnownFile,
} from '../../../src/loaders/article-body-store.ts';
import { TEST_OPTIONS } from '../../helpers/shared/article-options.ts';

const root = mkdtempSync(join(tmpdir(), 'article-archive-'));
const base = join(root, 'articles');
mkdirSync(base);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const sink = bodyStore(join(root, 'bodies'));

/**
 * Loads the archive of `folder` as a build after `last` would: reusing what `last` knew of each
 * file, if the digests are salted as they were then.
 */
function load(last?: Archive, folder = base, parse = TEST_OPTIONS): Promise<Archive> {
	const articles = new Map(last?.entries.map((entry) => [entry.article.slug, entry.article]));
	const files = new Map<string, KnownFile>(
		last?.entries.map(({ file, stamp, digest: key }) => [file, { ...stamp, digest: key }]),
	);
	return loadArchive({
		root,
		base: folder,
		parse,
		digest,
		sink,
		previous: (slug) => articles.get(slug),
		known: (file, salt) => (salt === last?.salt ? files.get(file) : undefined),
	});
}

const path = (index: number) => join(base, `${corpusSlug(index)}.md`);

describe('loadArchive', { timeout: 60_000 }, () => {
	it('reads no file whose size and time the last build digested, and parses only what changed', async () => {
		// Whole seconds: a time set back below is then exactly the time digested.
		const time = 1_700_000_000;
		for (let index = 0; index < 3; index++) {
			writeFileSync(path(index), corpusArticle(index));
			utimesSync(path(index), time, time);
		}
		const first = await load();
		expect(first.problems).toEqual([]);
		expect(first.entries.map((entry) => entry.parsed)).toEqual([true, true, true]);

		// The same size and time: taken as unchanged without being read (so this edit, which keeps
		// both, is not seen, as with make or rsync); the entry reads its text only when asked.
		const text = corpusArticle(1);
		writeFileSync(path(1), text.replace('a', 'b'));
		utimesSync(path(1), time, time);
		// A new time: read and digested again; the same text needs no parse.
		utimesSync(path(2), time + 60, time + 60);
		// New text: parsed again.
		writeFileSync(path(0), `${corpusArticle(0)}\nOne sentence more.\n`);

		const second = await load(first);
		expect(second.problems).toEqual([]);
		expect(second.entries.map((entry) => entry.parsed)).toEqual([true, false, false]);
		expect(second.entries[1]?.digest).toBe(first.entries[1]?.digest);
		expect(second.entries[1]?.source).toBe(text.replace('a', 'b'));
		expect(second.entries[2]?.stamp.mtimeMs).toBe(statSync(path(2)).mtimeMs);
	});

	it('reads every file again when what salts the digests changed', async () => {
		// Files of its own, so that the test does not depend on the one before.
		const folder = join(root, 'salted');
		mkdirSync(folder);
		for (let index = 0; index < 3; index++)
			writeFileSync(join(folder, `${corpusSlug(index)}.md`), corpusArticle(index));
		const last = await load(undefined, folder);
		expect(last.problems).toEqual([]);
		expect(last.entries.map((entry) => entry.parsed)).toEqual([true, true, true]);
		// The same settings: every file is reused.
		expect((await load(last, folder)).entries.map((entry) => entry.parsed)).toEqual([
			false,
			false,
			false,
		]);

		const archive = await load(last, folder, { ...TEST_OPTIONS, timeZone: 'Asia/Baghdad' });
		expect(archive.salt).not.toBe(last.salt);
		expect(archive.problems).toEqual([]);
		expect(archive.entries.map((entry) => entry.parsed)).toEqual([true, true, true]);
	});

	it('stores each parsed body, keeps the problems in file order, and fails with a sink that fails', async () => {
		const folder = join(root, 'stored');
		mkdirSync(folder);
		const broken = '---\ntitle: x\n---\n\nNo description.\n';
		for (let index = 0; index < 6; index++)
			writeFileSync(
				join(folder, `${corpusSlug(index)}.md`),
				index % 2 === 1 ? broken : corpusArticle(index),
			);
		const written: string[] = [];
		const counting: BodySink = {
			has: () => false,
			write: (key, body) => {
				sink.write(key, body);
				written.push(key);
			},
		};
		const options = { root, base: folder, parse: TEST_OPTIONS, digest, sink: counting };
		const archive = await loadArchive(options);
		expect(archive.entries.map((entry) => entry.file)).toEqual(
			[0, 2, 4].map((index) => join('stored', `${corpusSlug(index)}.md`)),
		);
		expect(written.sort()).toEqual(archive.entries.map((entry) => entry.digest).sort());
		expect([...new Set(archive.problems.map((problem) => problem.file))]).toEqual(
			[1, 3, 5].map((index) => join('stored', `${corpusSlug(index)}.md`)),
		);

		const full: BodySink = {
			has: () => false,
			write: () => {
				throw new Error('ENOSPC: no space left on device');
			},
		};
		await expect(loadArchive({ ...options, sink: full })).rejects.toThrow('ENOSPC');
	});
});

describe('archiveWarnings', () => {
	const entry = (file: string, expected: string[]) =>
		({
			file,
			article: {
				warnings: expected.map((text) => ({ file, line: 3, where: 'body', expected: text })),
			},
		}) as unknown as ArchiveEntry;

	it('says nothing of an archive without warnings', () => {
		expect(archiveWarnings({ entries: [entry('a.md', [])] })).toBeUndefined();
	});

	it('gathers every article’s warnings into one message', () => {
		const entries = [
			entry('b.md', ['expected B']),
			entry('c.md', []),
			entry('a.md', ['expected A']),
		];
		expect(archiveWarnings({ entries })).toBe(
			'2 warnings in 2 article files:\n  a.md:3 body: expected A\n  b.md:3 body: expected B',
		);
	});
});

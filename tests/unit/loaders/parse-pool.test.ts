import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusArticle, corpusSlug } from '../../../scripts/bench/generate-corpus.ts';
import { parseAll, type ParseRequest } from '../../../src/loaders/parse-pool.ts';
import { TEST_OPTIONS } from '../../helpers/article-options.ts';

const dir = mkdtempSync(join(tmpdir(), 'parse-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function requests(count: number, prefix: string): ParseRequest[] {
	return Array.from({ length: count }, (_, id) => ({
		id: id * 3,
		source: id === 7 ? '---\ntitle: x\n---\n\nNo description.\n' : corpusArticle(id),
		file: `${corpusSlug(id)}.md`,
		bodyFile: join(dir, `${prefix}-${id}.json`),
	}));
}

// Two hundred parses in worker threads: seconds on an idle machine, more on a shared one.
describe('parseAll', { timeout: 30_000 }, () => {
	it('gives the same results in worker threads as in this thread, in request order', async () => {
		const threaded = await parseAll(requests(200, 'threads'), TEST_OPTIONS);
		const here = await parseAll(requests(20, 'here'), TEST_OPTIONS);
		expect(threaded.map((result) => result.id)).toEqual(
			requests(200, 'threads').map((request) => request.id),
		);
		expect(
			threaded.slice(0, 20).map(({ stored }) => stored && { ...stored, bodyFile: '' }),
		).toEqual(here.map(({ stored }) => stored && { ...stored, bodyFile: '' }));
		expect(readFileSync(join(dir, 'threads-3.json'), 'utf8')).toBe(
			readFileSync(join(dir, 'here-3.json'), 'utf8'),
		);
	});

	it('returns the problems of a bad file with its name, and parses the others', async () => {
		const results = await parseAll(requests(200, 'bad'), TEST_OPTIONS);
		expect(results[7]?.problems?.map((problem) => [problem.file, problem.where])).toEqual([
			[`${corpusSlug(7)}.md`, 'front matter "description"'],
			[`${corpusSlug(7)}.md`, 'front matter "pubDate"'],
			[`${corpusSlug(7)}.md`, 'front matter "author"'],
		]);
		expect(results.filter((result) => result.stored)).toHaveLength(199);
	});
});

import { describe, expect, it } from 'vitest';
import { corpusArticle, corpusSlug } from '../../../scripts/bench/generate-corpus.ts';
import { parseOne } from '../../../src/loaders/parse-one.ts';
import { budgetProblem, parseAll, type ParseRequest } from '../../../src/loaders/parse-pool.ts';
import {
	dropWarmThread,
	takeWarmThread,
	warmParseThread,
} from '../../../src/loaders/parse-thread.ts';
import { TEST_OPTIONS } from '../../helpers/shared/article-options.ts';

const SLOW_WORKER = new URL('../../fixtures/workers/slow-parse-worker.ts', import.meta.url);

function requests(count: number): ParseRequest[] {
	return Array.from({ length: count }, (_, id) => ({
		source: id === 7 ? '---\ntitle: x\n---\n\nNo description.\n' : corpusArticle(id),
		file: `${corpusSlug(id)}.md`,
	}));
}

// Two hundred parses in worker threads: seconds on an idle machine, more on a shared one.
describe('parseAll', { timeout: 60_000 }, () => {
	it('gives the same results in worker threads as in this thread, in request order', async () => {
		const threaded = await parseAll(requests(200), TEST_OPTIONS);
		expect(threaded).toHaveLength(200);
		expect(threaded.slice(0, 20)).toEqual(
			requests(20).map((request) => parseOne(request, TEST_OPTIONS)),
		);
	});

	it('returns the problems of a bad file with its name, and parses the others', async () => {
		const results = await parseAll(requests(200), TEST_OPTIONS);
		expect(results[7]?.problems?.map((problem) => [problem.file, problem.where])).toEqual([
			[`${corpusSlug(7)}.md`, 'front matter "description"'],
			[`${corpusSlug(7)}.md`, 'front matter "pubDate"'],
			[`${corpusSlug(7)}.md`, 'front matter "author"'],
		]);
		expect(results.filter((result) => result.article)).toHaveLength(199);
	});

	it('stops a thread still on one file after the budget, names that file, and parses the rest', async () => {
		const stuck: ParseRequest = { file: 'content/articles/stuck.md', source: 'SLOW' };
		const all = [...requests(3), stuck, ...requests(3)];
		const progress: number[] = [];
		const results = await parseAll(all, TEST_OPTIONS, {
			budgetMs: 2000,
			workerUrl: SLOW_WORKER,
			onProgress: (done) => progress.push(done),
		});
		expect(results[3]).toEqual({ problems: [budgetProblem('content/articles/stuck.md', 2000)] });
		expect(results.filter((result) => result.article)).toHaveLength(6);
		expect(progress.at(-1)).toBe(7);
	});

	it('hands each file’s result over as it comes, once, the stopped file’s and the replaced thread’s too', async () => {
		const stuck: ParseRequest = { file: 'content/articles/stuck.md', source: 'SLOW' };
		const all = [...requests(3), stuck, ...requests(3)];
		const handed = new Map<number, unknown>();
		let beforeTheEnd = 0;
		const running = parseAll(all, TEST_OPTIONS, {
			budgetMs: 2000,
			workerUrl: SLOW_WORKER,
			onResult: (index, result) => {
				expect(handed.has(index)).toBe(false);
				handed.set(index, result);
			},
			onProgress: () => (beforeTheEnd = handed.size),
		});
		const results = await running;
		expect(beforeTheEnd).toBe(7);
		expect([...handed.keys()].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
		results.forEach((result, index) => expect(handed.get(index)).toBe(result));
	});

	it('names a file that kills its thread, and parses the rest', async () => {
		const hungry: ParseRequest = { file: 'content/articles/hungry.md', source: 'CRASH' };
		const results = await parseAll([...requests(2), hungry, ...requests(2)], TEST_OPTIONS, {
			workerUrl: SLOW_WORKER,
		});
		expect(results[2]?.problems?.[0]).toMatchObject({
			file: 'content/articles/hungry.md',
			where: 'file',
			found: expect.stringContaining('the thread died on this file') as string,
		});
		expect(results.filter((result) => result.article)).toHaveLength(4);
	});

	it('answers an empty list at once', async () => {
		expect(await parseAll([], TEST_OPTIONS)).toEqual([]);
	});

	it('takes the thread started ahead of time for the same options, once', async () => {
		warmParseThread(TEST_OPTIONS, SLOW_WORKER);
		const results = await parseAll(requests(3), TEST_OPTIONS, { workerUrl: SLOW_WORKER });
		expect(results.filter((result) => result.article)).toHaveLength(3);
		// parseAll took it: there is none left to take.
		expect(takeWarmThread(TEST_OPTIONS, SLOW_WORKER)).toBeUndefined();
	});

	it('leaves a thread started for other options, which dropWarmThread stops', async () => {
		const other = { ...TEST_OPTIONS, timeZone: 'Asia/Tokyo' };
		warmParseThread(other, SLOW_WORKER);
		const results = await parseAll(requests(2), TEST_OPTIONS, { workerUrl: SLOW_WORKER });
		expect(results.filter((result) => result.article)).toHaveLength(2);
		expect(takeWarmThread(TEST_OPTIONS, SLOW_WORKER)).toBeUndefined();
		const warm = takeWarmThread(other, SLOW_WORKER);
		expect(warm).toBeDefined();
		// Given back: dropWarmThread stops a thread nobody took.
		warmParseThread(other, SLOW_WORKER);
		dropWarmThread();
		expect(takeWarmThread(other, SLOW_WORKER)).toBeUndefined();
		await warm?.worker.terminate();
	});
});

import { availableParallelism } from 'node:os';
import type { ArticleProblem } from '../lib/article/article-error.ts';
import type { Article } from '../lib/article/article-schema.ts';
// Types only: the pipeline loads in the parse threads (`parse-one.ts`), never on the build's
// main thread, which has no article to parse.
import type { ParseOptions } from '../lib/pipeline/parse-article.ts';
import { startParseThread, takeWarmThread, WORKER_HEAP_MB } from './parse-thread.ts';

/** One file to parse. */
export interface ParseRequest {
	/** The file's text. */
	source: string;
	/** The file's name as messages should show it. */
	file: string;
}

/** What parsing one file gave: the article, the file's problems, or a crash of our code. */
export type ParseResult =
	| { article: Article; problems?: undefined; crash?: undefined }
	| { problems: ArticleProblem[]; article?: undefined; crash?: undefined }
	| { crash: string; article?: undefined; problems?: undefined };

/** How `parseAll` runs. */
export interface PoolOptions {
	/**
	 * Milliseconds one file may take to parse; a thread still on a file after that is stopped,
	 * and the file gets a problem that names the limit. 20 s by default: an article of several
	 * megabytes parses in well under one.
	 */
	budgetMs?: number;
	/** Called after each file with the number parsed so far. */
	onProgress?: (done: number, total: number) => void;
	/**
	 * Called once for every file, with its result as soon as it is known (its index in the
	 * requests), while the threads parse the rest: the caller can store it while this thread would
	 * otherwise wait.
	 */
	onResult?: (index: number, result: ParseResult) => void;
	/** The thread's script; tests give one whose parse they control. `parse-worker.ts` by default. */
	workerUrl?: URL;
}

/** Below this many files a thread, a second thread costs more than it saves. */
const MIN_FILES_PER_THREAD = 64;
/** Files a thread gets per message: enough to amortize messaging, few enough to balance. */
const BATCH = 16;
const DEFAULT_BUDGET_MS = 20_000;

/** The problem of a file whose parse ran past the budget. */
export function budgetProblem(file: string, budgetMs: number): ArticleProblem {
	return {
		file,
		where: 'file',
		expected: `expected an article that parses within ${String(budgetMs / 1000)} s (the build's limit for one file)`,
		found: 'a file still parsing when the limit was reached; it was stopped',
	};
}

/** The problem of a file whose parse stopped its thread. */
export function threadProblem(file: string, reason: string): ArticleProblem {
	return {
		file,
		where: 'file',
		expected: `expected an article that parses within the build's limits (${String(WORKER_HEAP_MB)} MB of memory for one file)`,
		found: `a file that stopped its parse thread: ${reason}`,
	};
}

/**
 * Parses article files with `parseOne` (`parse-one.ts`) in worker threads (one a core when there
 * are enough files, else one), so that a file that parses too long can be stopped: each thread
 * sends each result back as it finishes, and a thread silent for longer than the budget is
 * terminated, its file reported, and a fresh thread takes the rest of its work. Results come back
 * in request order.
 */
export async function parseAll(
	requests: readonly ParseRequest[],
	options: ParseOptions,
	pool: PoolOptions = {},
): Promise<ParseResult[]> {
	const budgetMs = pool.budgetMs ?? DEFAULT_BUDGET_MS;
	const results = new Array<ParseResult | undefined>(requests.length);
	if (requests.length === 0) return [];
	const threads = Math.max(
		1,
		Math.min(availableParallelism(), Math.floor(requests.length / MIN_FILES_PER_THREAD)),
	);
	let next = 0;
	let done = 0;
	const run = (): Promise<void> =>
		new Promise<void>((resolve, reject) => {
			// The thread started ahead of time, when there is one for these options; else a new one.
			const { worker, ready } =
				takeWarmThread(options, pool.workerUrl) ?? startParseThread(options, pool.workerUrl);
			let batch: number[] = [];
			let timer: NodeJS.Timeout | undefined;
			let settled = false;
			const finish = (error?: Error) => {
				if (settled) return;
				settled = true;
				clearTimeout(timer);
				void worker.terminate();
				if (error) reject(error);
				else resolve();
			};
			const arm = () => {
				clearTimeout(timer);
				timer = setTimeout(() => {
					// The first unanswered file of the batch is the one still parsing.
					const [stuck, ...rest] = batch;
					if (stuck === undefined) return;
					results[stuck] = { problems: [budgetProblem(requests[stuck]?.file ?? '', budgetMs)] };
					report(stuck);
					settled = true;
					void worker.terminate();
					// The rest of the batch goes to a fresh thread, then this slot carries on.
					const pending = rest;
					runIndexes(pending).then(() => run().then(resolve, reject), reject);
				}, budgetMs);
			};
			const send = () => {
				if (next >= requests.length) return finish();
				batch = Array.from(
					{ length: Math.min(BATCH, requests.length - next) },
					(_, index) => next + index,
				);
				next += batch.length;
				worker.postMessage(
					batch.map((index) => ({
						index,
						file: requests[index]?.file,
						source: requests[index]?.source,
					})),
				);
				arm();
			};
			// The budget counts from the first file: loading the pipeline in a thread is not parsing.
			void ready.then(() => {
				if (!settled) send();
			});
			worker.on('message', (message: { ready: true } | { index: number; result: ParseResult }) => {
				if ('ready' in message) return;
				results[message.index] = message.result;
				batch = batch.filter((index) => index !== message.index);
				report(message.index);
				if (batch.length === 0) send();
				else arm();
			});
			worker.on('error', (error: Error) => {
				// A thread that dies on a file (out of memory, most likely) takes only that file down.
				const [stuck, ...rest] = batch;
				if (settled || stuck === undefined) return finish(error);
				results[stuck] = {
					problems: [threadProblem(requests[stuck]?.file ?? '', error.message)],
				};
				report(stuck);
				settled = true;
				clearTimeout(timer);
				runIndexes(rest).then(() => run().then(resolve, reject), reject);
			});
			worker.on('exit', (code) => {
				if (!settled) finish(new Error(`an article parse thread stopped (exit code ${code})`));
			});
		});
	// A thread that replaces a stopped one: the given files first, then none (its slot's `run`
	// takes over the shared queue).
	const runIndexes = async (indexes: readonly number[]): Promise<void> => {
		if (indexes.length === 0) return;
		const sub = await parseAll(
			indexes.map((index) => requests[index] as ParseRequest),
			options,
			{
				...(pool.budgetMs === undefined ? {} : { budgetMs: pool.budgetMs }),
				...(pool.workerUrl === undefined ? {} : { workerUrl: pool.workerUrl }),
			},
		);
		sub.forEach((result, position) => {
			const index = indexes[position];
			if (index === undefined) return;
			results[index] = result;
			report(index);
		});
	};
	const report = (index: number) => {
		done++;
		const result = results[index];
		if (result !== undefined) pool.onResult?.(index, result);
		pool.onProgress?.(Math.min(done, requests.length), requests.length);
	};
	await Promise.all(Array.from({ length: threads }, run));
	return Array.from(results, (result, index) => {
		if (result !== undefined) return result;
		const missing = { crash: `no result for ${requests[index]?.file ?? index}` };
		pool.onResult?.(index, missing);
		return missing;
	});
}

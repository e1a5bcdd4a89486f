import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { splitBody } from '../lib/article/article-body.ts';
import { ArticleError, type ArticleProblem } from '../lib/article/article-error.ts';
import { parseArticle, type ParseOptions } from '../lib/article/parse-article.ts';
import type { StoredArticle } from '../lib/article/schema.ts';
import { writeArticleBody } from './article-body-store.ts';

/** One file to parse. */
export interface ParseRequest {
	/** Caller's key for the answer. */
	id: number;
	/** The file's text. */
	source: string;
	/** The file's name as messages should show it. */
	file: string;
	/** Where to write the article's body. */
	bodyFile: string;
}

/** What parsing one file gave: the stored article, the file's problems, or a crash of our code. */
export type ParseResult =
	| { id: number; stored: StoredArticle; problems?: undefined; crash?: undefined }
	| { id: number; problems: ArticleProblem[]; stored?: undefined; crash?: undefined }
	| { id: number; crash: string; stored?: undefined; problems?: undefined };

/** Below this many files a thread, starting threads costs more than it saves. */
const MIN_FILES_PER_THREAD = 64;
/** Old-generation heap of a parse thread, in MiB: ample for a 5 MB article, small for an archive. */
const WORKER_HEAP_MB = 256;
/** Files a thread gets per message: enough to amortize messaging, few enough to balance. */
const BATCH = 16;

/**
 * Parses article files with `parseArticle` and writes each body to its `bodyFile`, across worker
 * threads (one a core) when there are enough files, in this thread otherwise. Results come back
 * in request order.
 */
export async function parseAll(
	requests: readonly ParseRequest[],
	options: ParseOptions,
): Promise<ParseResult[]> {
	const threads = Math.min(
		availableParallelism(),
		Math.floor(requests.length / MIN_FILES_PER_THREAD),
	);
	if (threads <= 1) return requests.map((request) => parseAndStore(request, options));

	const results = new Array<ParseResult>(requests.length);
	const indexOf = new Map(requests.map((request, index) => [request.id, index]));
	let next = 0;
	const workers = Array.from(
		{ length: threads },
		() =>
			new Worker(new URL('./parse-worker.ts', import.meta.url), {
				workerData: options,
				// A thread holds one batch at a time; a small heap makes it collect early, which keeps
				// the build's peak memory down on large archives.
				resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
			}),
	);
	try {
		await Promise.all(
			workers.map(
				(worker) =>
					new Promise<void>((resolve, reject) => {
						const send = () => {
							if (next >= requests.length) return resolve();
							worker.postMessage(requests.slice(next, next + BATCH));
							next += BATCH;
						};
						worker.on('message', (batch: ParseResult[]) => {
							for (const result of batch) results[indexOf.get(result.id) ?? -1] = result;
							send();
						});
						worker.on('error', reject);
						worker.on('exit', (code) =>
							reject(new Error(`an article parse thread stopped (exit code ${code})`)),
						);
						send();
					}),
			),
		);
	} finally {
		await Promise.all(workers.map((worker) => worker.terminate()));
	}
	return results;
}

/** Parses one file and writes its body; what a worker thread does for each file it is sent. */
export function parseAndStore(request: ParseRequest, options: ParseOptions): ParseResult {
	try {
		const { stored, body } = splitBody(
			parseArticle(request.source, request.file, options),
			request.bodyFile,
		);
		writeArticleBody(request.bodyFile, body);
		return { id: request.id, stored };
	} catch (error) {
		if (error instanceof ArticleError) return { id: request.id, problems: [...error.problems] };
		return {
			id: request.id,
			crash: error instanceof Error ? (error.stack ?? error.message) : String(error),
		};
	}
}

import { Worker } from 'node:worker_threads';
import type { ParseOptions } from '../lib/pipeline/parse-article.ts';

/**
 * The parse pool's threads (`parse-pool.ts`): starting one, and starting one ahead of time. A
 * thread spends a few hundred milliseconds loading the pipeline before it parses anything; a
 * build that changed one article waits on that in content sync. So the build starts one thread
 * while Astro sets itself up (`warmParseThread`, from `src/integrations/parse-warm-up.ts`), and
 * the first `parseAll` with the same options takes it ready. This module loads no pipeline code:
 * the thread does.
 */

/** Old-generation heap of a parse thread, in MiB: ample for a 5 MB article, small for an archive. */
export const WORKER_HEAP_MB = 256;

/** The pool's thread script. */
const PARSE_WORKER = new URL('./parse-worker.ts', import.meta.url);

/** A parse thread, and when it has loaded the pipeline (its first message, `{ ready: true }`). */
export interface ParseThread {
	worker: Worker;
	ready: Promise<void>;
}

/** Starts a parse thread running `workerUrl` (the pool's own script unless a test gives one). */
export function startParseThread(options: ParseOptions, workerUrl = PARSE_WORKER): ParseThread {
	const worker = new Worker(workerUrl, {
		workerData: options,
		// A thread holds one batch at a time; a small heap makes it collect early, which keeps the
		// build's peak memory down on large archives.
		resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
	});
	const ready = new Promise<void>((resolve) => {
		const onMessage = (message: unknown) => {
			if (typeof message !== 'object' || message === null || !('ready' in message)) return;
			worker.off('message', onMessage);
			resolve();
		};
		worker.on('message', onMessage);
	});
	return { worker, ready };
}

/** A thread started ahead of time, with what it was started for. */
interface WarmThread {
	thread: ParseThread;
	/** The options and script it runs with: `takeWarmThread` hands it only to the same. */
	key: string;
	/** Set when it died before anyone took it (it is then never handed out). */
	dead: boolean;
}

// The integration that warms a thread and the loader that takes it are loaded by different module
// loaders (Astro's config, then the content layer's Vite server): each has its own copy of this
// module, so the thread is handed over on the global object.
const WARM = Symbol.for('news-reader.parse-thread.warm');
const slot = globalThis as { [WARM]?: WarmThread };

const keyOf = (options: ParseOptions, workerUrl: URL) => JSON.stringify([options, workerUrl.href]);

/**
 * Starts one parse thread now, for the next `parseAll` with these options to take ready. It does
 * not keep the process alive, and nothing is lost when no one takes it: `dropWarmThread` stops
 * it once content has synced.
 */
export function warmParseThread(options: ParseOptions, workerUrl = PARSE_WORKER): void {
	if (slot[WARM] !== undefined) return;
	const thread = startParseThread(options, workerUrl);
	const warm: WarmThread = { thread, key: keyOf(options, workerUrl), dead: false };
	thread.worker.unref();
	// A thread that fails to start fails no build: the pool starts another and meets the error
	// there, with its own handling.
	const died = () => {
		warm.dead = true;
	};
	thread.worker.on('error', died);
	thread.worker.on('exit', died);
	slot[WARM] = warm;
}

/** The warm thread when it was started with these options and script, and is alive; once. */
export function takeWarmThread(
	options: ParseOptions,
	workerUrl = PARSE_WORKER,
): ParseThread | undefined {
	const warm = slot[WARM];
	if (warm === undefined || warm.dead || warm.key !== keyOf(options, workerUrl)) return undefined;
	delete slot[WARM];
	warm.thread.worker.removeAllListeners('error');
	warm.thread.worker.removeAllListeners('exit');
	warm.thread.worker.ref();
	return warm.thread;
}

/** Stops the warm thread if no one took it. */
export function dropWarmThread(): void {
	const warm = slot[WARM];
	if (warm === undefined) return;
	delete slot[WARM];
	void warm.thread.worker.terminate();
}

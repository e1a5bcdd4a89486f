import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

/**
 * Hard-links each of `files` (relative paths) from the folder `from` into the folder `to`,
 * making folders as needed; a file missing from `from` is skipped, and across file systems the
 * file is copied. Returns the files placed. Synchronous: some 25,000 pages are 50,000 system
 * calls, and a promise for each costs more than the call.
 */
export function linkPages(from: string, to: string, files: readonly string[]): string[] {
	const made = new Set<string>();
	const placed: string[] = [];
	for (const file of files) {
		const source = join(from, file);
		const target = join(to, file);
		const dir = dirname(target);
		if (!made.has(dir)) {
			made.add(dir);
			mkdirSync(dir, { recursive: true });
		}
		try {
			linkSync(source, target);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'ENOENT') continue;
			if (code !== 'EXDEV') throw error;
			copyFileSync(source, target);
		}
		placed.push(file);
	}
	return placed;
}

/** What the thread is given. */
interface LinkJob {
	from: string;
	to: string;
	files: readonly string[];
}

/**
 * `linkPages` on a thread of its own: the system calls take seconds on a large archive, and the
 * main thread is meanwhile running Vite's build.
 */
export function linkPagesInThread(
	from: string,
	to: string,
	files: readonly string[],
): Promise<string[]> {
	return new Promise((resolve, reject) => {
		const job: LinkJob = { from, to, files };
		const worker = new Worker(new URL(import.meta.url), { workerData: job });
		worker.once('message', (placed: string[]) => resolve(placed));
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (code !== 0) reject(new Error(`linking pages stopped with exit code ${String(code)}`));
		});
	});
}

if (!isMainThread && parentPort !== null) {
	const job = workerData as LinkJob;
	parentPort.postMessage(linkPages(job.from, job.to, job.files));
}

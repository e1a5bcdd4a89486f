import {
	copyFileSync,
	linkSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	unlinkSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runThread } from './thread.ts';

/**
 * The file work of restoring unchanged pages (`restore-pages.ts`) and placing search shards
 * (`search-index.ts`), done on a thread of its own: on a large archive it is some 70,000 system
 * calls and the parse of a list of 25,000 pages, seconds the main thread spends on Vite's build
 * and on rendering instead. The calls are synchronous: a promise for each costs more than the call.
 * Hard links share their bytes with the cache: nothing writes into a placed file afterwards but
 * Astro rendering a changed page, which `restore-pages.ts` accounts for.
 */

/** What Astro's incremental cache lists, as far as this module reads it. */
interface Manifest {
	routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }>;
}

/** The output files Astro's cache list names, relative to the output folder. */
export function outputFiles(manifestText: string): string[] {
	let manifest: Manifest | null;
	try {
		manifest = JSON.parse(manifestText) as Manifest | null;
	} catch {
		return [];
	}
	const files: string[] = [];
	for (const route of Object.values(manifest?.routes ?? {}))
		for (const { outputFile } of Object.values(route.paths ?? {}))
			if (typeof outputFile === 'string' && isInside(outputFile)) files.push(outputFile);
	return files;
}

/** Whether a listed path stays inside the folder it is joined to. */
function isInside(path: string): boolean {
	return path !== '' && !path.startsWith('/') && !path.split('/').includes('..');
}

/** The output files of the cache list in the file `manifest`; none when it cannot be read. */
function listedFiles(manifest: string): string[] {
	let text: string;
	try {
		text = readFileSync(manifest, 'utf8');
	} catch {
		return [];
	}
	return outputFiles(text);
}

/**
 * Hard-links `source` to `target`, making its folder unless `made` has it; across file systems
 * it copies. False when `source` does not exist.
 */
function place(source: string, target: string, made: Set<string>): boolean {
	const dir = dirname(target);
	if (!made.has(dir)) {
		made.add(dir);
		mkdirSync(dir, { recursive: true });
	}
	try {
		linkSync(source, target);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return false;
		if (code !== 'EXDEV') throw error;
		copyFileSync(source, target);
	}
	return true;
}

/**
 * Hard-links each of `files` (relative paths) from the folder `from` into the folder `to`,
 * making folders as needed; a file missing from `from` is skipped, and across file systems the
 * file is copied. Returns the files placed.
 */
export function linkFiles(from: string, to: string, files: readonly string[]): string[] {
	const made = new Set<string>();
	return files.filter((file) => place(join(from, file), join(to, file), made));
}

/**
 * Hard-links every file under each folder `from` to the same path under its `to`, but those
 * named `skip`; returns how many files it placed.
 */
export function linkFolders(
	folders: readonly { from: string; to: string }[],
	skip: string,
): number {
	const made = new Set<string>();
	let placed = 0;
	for (const { from, to } of folders)
		for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
			if (!entry.isFile() || entry.name === skip) continue;
			const source = join(entry.parentPath, entry.name);
			if (place(source, join(to, source.slice(from.length)), made)) placed += 1;
		}
	return placed;
}

/**
 * Removes from `to` each of `placed` that the cache list in `manifest` no longer names and that
 * was not written at or after `since` (ms since the epoch): a page of the last build that this
 * one neither restored nor rendered. Returns how many it removed.
 */
export function removeStale(
	manifest: string,
	to: string,
	placed: readonly string[],
	since: number,
): number {
	if (placed.length === 0) return 0;
	const kept = new Set(listedFiles(manifest));
	let removed = 0;
	for (const file of placed) {
		if (kept.has(file)) continue;
		const path = join(to, file);
		let written: boolean;
		try {
			written = statSync(path).mtimeMs >= since;
		} catch {
			written = true;
		}
		if (written) continue;
		unlinkSync(path);
		removed += 1;
	}
	return removed;
}

/** A job for the thread. */
export type FileJob =
	/**
	 * `linkFiles` of `files`, or of the files the cache list in `manifest` names; with `clear`,
	 * into `to` emptied first.
	 */
	| {
			kind: 'link';
			from: string;
			to: string;
			files: readonly string[] | { manifest: string };
			clear?: boolean;
	  }
	/** `linkFolders`. */
	| { kind: 'folders'; folders: readonly { from: string; to: string }[]; skip: string }
	/** `removeStale`. */
	| { kind: 'prune'; manifest: string; to: string; placed: readonly string[]; since: number };

/** What each job resolves. */
type Result<Job extends FileJob> = Job extends { kind: 'link' } ? string[] : number;

function run(job: FileJob): string[] | number {
	if (job.kind === 'prune') return removeStale(job.manifest, job.to, job.placed, job.since);
	if (job.kind === 'folders') return linkFolders(job.folders, job.skip);
	const files = 'manifest' in job.files ? listedFiles(job.files.manifest) : job.files;
	if (job.clear === true) rmSync(job.to, { recursive: true, force: true });
	return linkFiles(job.from, job.to, files);
}

/** Runs `job` on a thread of its own; rejects with the thread's error. */
export async function inThread<Job extends FileJob>(job: Job): Promise<Result<Job>> {
	let result: Result<Job> | undefined;
	await runThread<Result<Job>>(
		new URL(import.meta.url),
		job,
		(value) => (result = value),
		job.kind,
	);
	if (result === undefined) throw new Error(`${job.kind} ended without a result`);
	return result;
}

if (!isMainThread && parentPort !== null) parentPort.postMessage(run(workerData as FileJob));

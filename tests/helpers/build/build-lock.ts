import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { TMP } from '../shared/paths.ts';

/** Whether a process with `pid` is running. */
function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Runs `task` holding a lock, across processes, on the project at `root`. Astro builds of one
 * project share its `.astro/` folder, whose `content-assets.mjs` maps each collection image to its
 * import: two test files building at once (vitest runs files in parallel) would rewrite it under
 * each other, and a build that bundles the other's map fails on an image it cannot resolve. A
 * lock left by a process that died is taken over.
 */
export async function withBuildLock<T>(root: string, task: () => Promise<T>): Promise<T> {
	const dir = join(TMP, 'locks');
	mkdirSync(dir, { recursive: true });
	const file = join(dir, `${createHash('sha1').update(root).digest('hex').slice(0, 16)}.lock`);
	for (;;) {
		try {
			const fd = openSync(file, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			let holder: number;
			try {
				holder = Number(readFileSync(file, 'utf8'));
			} catch {
				continue;
			}
			// An empty file is a lock being written: wait for it like any other.
			if (holder > 0 && !alive(holder)) rmSync(file, { force: true });
			else await sleep(200);
		}
	}
	try {
		return await task();
	} finally {
		rmSync(file, { force: true });
	}
}

import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** What one build run measured. */
export interface BuildMeasure {
	/** Wall-clock milliseconds. */
	ms: number;
	/** Peak resident memory of the largest process of the build, in KiB. */
	peakRssKb: number;
	/** HTML pages in the output folder. */
	pages: number;
	/** Everything the build printed. */
	output: string;
}

/**
 * Runs `command` to the end, polling `/proc/<pid>/status` of it and its descendants for their
 * peak resident memory (VmHWM) every 50 ms. Rejects with the output when it exits non-zero.
 */
export function measureCommand(
	command: string,
	args: readonly string[],
	options: { cwd: string; env: NodeJS.ProcessEnv; outDir: string },
): Promise<BuildMeasure> {
	const started = performance.now();
	const child = spawn(command, args, {
		cwd: options.cwd,
		env: options.env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
	let peakRssKb = 0;
	const poll = setInterval(() => {
		if (child.pid !== undefined) peakRssKb = Math.max(peakRssKb, peakOfTree(child.pid));
	}, 50);
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code) => {
			clearInterval(poll);
			const ms = performance.now() - started;
			if (code !== 0) {
				reject(
					new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`),
				);
				return;
			}
			resolve({ ms, peakRssKb, pages: countPages(options.outDir), output });
		});
	});
}

/** The largest VmHWM among `pid` and its descendants, in KiB. */
function peakOfTree(pid: number): number {
	let peak = 0;
	const pending = [pid];
	while (pending.length > 0) {
		const current = pending.pop() as number;
		try {
			const status = readFileSync(`/proc/${current}/status`, 'utf8');
			peak = Math.max(peak, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
			for (const task of readdirSync(`/proc/${current}/task`)) {
				const children = readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').trim();
				if (children) pending.push(...children.split(/\s+/).map(Number));
			}
		} catch {
			// The process ended between two reads.
		}
	}
	return peak;
}

/** HTML pages below `dir`. */
export function countPages(dir: string): number {
	try {
		return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
			(entry) => entry.isFile() && entry.name.endsWith('.html'),
		).length;
	} catch {
		return 0;
	}
}

/** `env` with the project's `node_modules/.bin` first on PATH, so its Node 24 runs the tools. */
export function projectEnv(root: string, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	return {
		...process.env,
		...env,
		PATH: `${join(root, 'node_modules/.bin')}${delimiter}${process.env['PATH'] ?? ''}`,
	};
}

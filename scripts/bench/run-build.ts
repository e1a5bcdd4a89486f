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
	/**
	 * What the build printed, standard output and error interleaved: the lines `keep` accepted,
	 * or everything when no `keep` was given.
	 */
	output: string;
}

/** How much of the end of a failed build's output its error quotes, in characters. */
const ERROR_TAIL = 4000;

/**
 * Runs `command` to the end, polling `/proc/<pid>/status` of it and its descendants for their
 * peak resident memory (VmHWM) every 50 ms. Rejects with the end of its output when it exits
 * non-zero. With `keep`, only the lines it accepts are kept (and the end of the output, for an
 * error): a build of 50,000 articles logs a line per page.
 */
export function measureCommand(
	command: string,
	args: readonly string[],
	options: {
		cwd: string;
		env: NodeJS.ProcessEnv;
		outDir: string;
		keep?: (line: string) => boolean;
	},
): Promise<BuildMeasure> {
	const started = performance.now();
	const child = spawn(command, args, {
		cwd: options.cwd,
		env: options.env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const { keep } = options;
	let output = '';
	let tail = '';
	const partial = { stdout: '', stderr: '' };
	const take = (stream: 'stdout' | 'stderr', chunk: string) => {
		tail = (tail + chunk).slice(-ERROR_TAIL);
		if (!keep) {
			output += chunk;
			return;
		}
		const lines = (partial[stream] + chunk).split('\n');
		partial[stream] = lines.pop() ?? '';
		for (const line of lines) if (keep(line)) output += `${line}\n`;
	};
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => take('stdout', chunk));
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => take('stderr', chunk));
	let peakRssKb = 0;
	const poll = setInterval(() => {
		if (child.pid !== undefined) peakRssKb = Math.max(peakRssKb, peakOfTree(child.pid));
	}, 50);
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code) => {
			clearInterval(poll);
			const ms = performance.now() - started;
			if (keep) {
				for (const line of [partial.stdout, partial.stderr])
					if (line && keep(line)) output += `${line}\n`;
			}
			if (code !== 0) {
				reject(new Error(`${command} ${args.join(' ')} exited with ${String(code)}:\n${tail}`));
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

/**
 * HTML pages below `dir` (0 when it does not exist), counted folder by folder with one folder
 * open at a time: Node's recursive `opendirSync` opens every subfolder it finds before reading
 * it, and ran out of file descriptors on the 117,000 folders of a build of 50,000 articles.
 */
export function countPages(dir: string): number {
	let pages = 0;
	const folders = [dir];
	for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
		let entries;
		try {
			entries = readdirSync(folder, { withFileTypes: true });
		} catch {
			continue;
		}
		for (const entry of entries) {
			if (entry.isDirectory()) folders.push(join(folder, entry.name));
			else if (entry.isFile() && entry.name.endsWith('.html')) pages++;
		}
	}
	return pages;
}

/** `env` with the project's `node_modules/.bin` first on PATH, so its Node 24 runs the tools. */
export function projectEnv(root: string, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	return {
		...process.env,
		...env,
		PATH: `${join(root, 'node_modules/.bin')}${delimiter}${process.env['PATH'] ?? ''}`,
	};
}

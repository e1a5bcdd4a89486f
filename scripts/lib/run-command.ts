import { spawn } from 'node:child_process';

/** How a command that ran to its end ended. */
export interface CommandRun {
	/** The exit code; `null` when the process was killed by a signal. */
	code: number | null;
	/** Standard output and standard error, interleaved as they arrived. */
	output: string;
}

/**
 * Runs `command` with `args` (no shell, no input) in `cwd` with exactly the environment `env`,
 * and resolves once it has exited, whatever its exit code, with everything it printed. Rejects
 * only when it could not be started.
 */
export function runCommand(
	command: string,
	args: readonly string[],
	options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<CommandRun> {
	const child = spawn(command, args, {
		cwd: options.cwd,
		env: options.env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, output }));
	});
}

import { spawn } from 'node:child_process';
import { ROOT } from './paths.ts';

/** What a finished `java` run printed, and its exit code. */
export interface JavaRun {
	code: number | null;
	stdout: string;
	stderr: string;
}

/**
 * Runs the system `java` with `args` from the project root. Rejects, saying how to install a
 * runtime, when there is no `java` to run.
 */
export function runJava(args: readonly string[]): Promise<JavaRun> {
	const child = spawn('java', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	return new Promise((resolve, reject) => {
		child.on('error', (error) => {
			reject(
				new Error(
					`could not run java (${error.message}): run \`npm run setup:test\` to install a Java runtime`,
				),
			);
		});
		child.on('close', (code) => resolve({ code, stdout, stderr }));
	});
}

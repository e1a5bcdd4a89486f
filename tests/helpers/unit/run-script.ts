import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { ROOT } from '../shared/paths.ts';

/** What a command-line run gave back. */
export interface ScriptRun {
	code: number | null;
	stdout: string;
	stderr: string;
}

/**
 * Runs `node <script> ...args` from the project root as `npm run` would: the project's own Node
 * (from `node_modules/.bin`) first on PATH.
 */
export function runScript(script: string, args: readonly string[]): ScriptRun {
	const result = spawnSync('node', [script, ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: {
			...process.env,
			PATH: `${join(ROOT, 'node_modules/.bin')}${delimiter}${process.env['PATH'] ?? ''}`,
		},
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

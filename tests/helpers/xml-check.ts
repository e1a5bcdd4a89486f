import { XMLValidator } from 'fast-xml-parser';
import { spawn } from 'node:child_process';
import { ROOT } from './paths.ts';

const CHECKER = 'tests/helpers/XmlWellFormed.java';

/**
 * Checks `files` with a strict XML 1.0 parser (the JDK's, through XmlWellFormed.java) and
 * returns one message per file that is not well-formed. fast-xml-parser's XMLValidator lets
 * characters through that XML forbids; this does not. Throws when Java cannot run.
 */
export function strictXmlProblems(files: readonly string[]): Promise<string[]> {
	const child = spawn('java', [CHECKER, ...files], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
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
		child.on('close', (code) => {
			if (code === 0) resolve([]);
			else if (code === 1 && stdout !== '') resolve(stdout.trim().split('\n'));
			else reject(new Error(`${CHECKER} exited with ${String(code)}:\n${stderr}${stdout}`));
		});
	});
}

/**
 * fast-xml-parser's quick well-formedness check, in process: a message, or `undefined` when the
 * text is well-formed. Its validator is deprecated in favour of `fast-xml-validator`, which is
 * not a dependency; it misses characters XML forbids, so `strictXmlProblems` checks the built
 * files too.
 */
export function xmlSyntaxError(source: string): string | undefined {
	const result = XMLValidator.validate(source);
	return result === true ? undefined : `${result.err.msg} (line ${String(result.err.line)})`;
}

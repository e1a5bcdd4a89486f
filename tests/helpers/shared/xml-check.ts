import { XMLValidator } from 'fast-xml-parser';
import { runJava } from './java.ts';

const CHECKER = 'tests/helpers/shared/XmlWellFormed.java';

/**
 * Checks `files` with a strict XML 1.0 parser (the JDK's, through XmlWellFormed.java) and
 * returns one message per file that is not well-formed. fast-xml-parser's XMLValidator lets
 * characters through that XML forbids; this does not. Throws when Java cannot run.
 */
export async function strictXmlProblems(files: readonly string[]): Promise<string[]> {
	const { code, stdout, stderr } = await runJava([CHECKER, ...files]);
	if (code === 0) return [];
	if (code === 1 && stdout !== '') return stdout.trim().split('\n');
	throw new Error(`${CHECKER} exited with ${String(code)}:\n${stderr}${stdout}`);
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

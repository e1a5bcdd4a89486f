import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runJava } from '../helpers/shared/java.ts';
import { ROOT } from '../helpers/shared/paths.ts';

/** One message of the Nu HTML Checker. */
export interface VnuMessage {
	/** `error`, `info` or `non-document-error`. */
	type: string;
	/** The file, relative to the project root. */
	file: string;
	/** 1-based line, when the checker gives one. */
	line?: number;
	/** 1-based column, when the checker gives one. */
	column?: number;
	/** What is wrong. */
	message: string;
	/** The markup around the problem. */
	extract?: string;
}

interface RawVnuMessage {
	type: string;
	subType?: string;
	url?: string;
	lastLine?: number;
	firstColumn?: number;
	lastColumn?: number;
	message: string;
	extract?: string;
}

const VNU_JAR = 'node_modules/vnu-jar/build/dist/vnu.jar';

/**
 * Validates every HTML file below `dir` with the Nu HTML Checker (vnu.jar on the system Java)
 * and returns its errors. Throws when Java is missing or the checker cannot run.
 */
export async function validateHtml(dir: string): Promise<VnuMessage[]> {
	const { code, stdout, stderr } = await runJava([
		'-jar',
		VNU_JAR,
		'--skip-non-html',
		'--errors-only',
		'--format',
		'json',
		dir,
	]);
	const json = [stderr, stdout].map((text) => text.trim()).find((text) => text.startsWith('{'));
	if (json === undefined) {
		throw new Error(`vnu exited with ${String(code)} and printed no JSON:\n${stdout}\n${stderr}`);
	}
	const { messages } = JSON.parse(json) as { messages: RawVnuMessage[] };
	return messages.map((message) => ({
		type: message.type,
		file: message.url?.startsWith('file:')
			? relative(ROOT, fileURLToPath(message.url))
			: (message.url ?? dir),
		...(message.lastLine === undefined ? {} : { line: message.lastLine }),
		...((message.firstColumn ?? message.lastColumn)
			? { column: message.firstColumn ?? message.lastColumn }
			: {}),
		message: message.message,
		...(message.extract === undefined ? {} : { extract: message.extract }),
	}));
}

/** `file:line:column: message` and the extract, one problem a paragraph. */
export function formatVnuMessages(messages: readonly VnuMessage[]): string {
	return messages
		.map((m) => {
			const where = [m.file, m.line, m.column].filter((part) => part !== undefined).join(':');
			return `${where}: ${m.type}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\n/g, '\\n')}` : ''}`;
		})
		.join('\n');
}

import { isMap, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import { describeFound, type ArticleProblem } from './article-error.ts';
import { FrontMatterSchema, frontMatterKeys, type FrontMatter } from './front-matter-schema.ts';

/** How deep front matter may nest (lists in maps in lists...); article front matter needs three. */
export const MAX_YAML_NESTING = 16;

/** How many copies aliases (`*name`) may expand to: yaml's own guard, named in our message. */
export const MAX_YAML_ALIASES = 100;

/**
 * The first line of `yaml` nested deeper than `MAX_YAML_NESTING` (by flow brackets or by
 * indentation), or `undefined`. Checked before parsing: the YAML parser recurses, and a file of
 * a hundred thousand `[` would run it out of stack.
 */
function deepestYamlLine(yaml: string): number | undefined {
	let flow = 0;
	let quote: string | undefined;
	let line = 1;
	let lineStart = true;
	let indent = 0;
	for (const char of yaml) {
		if (char === '\n') {
			line++;
			lineStart = true;
			indent = 0;
			quote = undefined;
			continue;
		}
		if (lineStart && char === ' ') {
			indent++;
			if (indent / 2 > MAX_YAML_NESTING) return line;
			continue;
		}
		lineStart = false;
		if (quote !== undefined) {
			if (char === quote) quote = undefined;
		} else if (char === '"' || char === "'") {
			quote = char;
		} else if (char === '#') {
			quote = '\n';
		} else if (char === '[' || char === '{') {
			if (++flow > MAX_YAML_NESTING) return line;
		} else if (char === ']' || char === '}') {
			flow = Math.max(0, flow - 1);
		}
	}
	return undefined;
}

/** A file split at its front-matter fences. */
export interface SplitSource {
	/** The YAML between the fences. */
	yaml: string;
	/** The Markdown after the closing fence. */
	body: string;
	/** 1-based file line of the body's first line. */
	bodyLine: number;
}

const FENCE = /^---[ \t]*$/;

/**
 * Splits `---` fenced YAML front matter from the Markdown body. Returns a problem when the file
 * does not open with a fence or never closes it.
 */
export function splitFrontMatter(source: string, file: string): SplitSource | ArticleProblem {
	const lines = source.split('\n');
	if (!FENCE.test(lines[0] ?? '')) {
		return {
			file,
			line: 1,
			where: 'front matter',
			expected: 'expected the file to open with a "---" line, then YAML front matter, then "---"',
			found: describeFound(lines[0] ?? ''),
		};
	}
	const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
	if (close === -1) {
		return {
			file,
			line: 1,
			where: 'front matter',
			expected: 'expected a closing "---" line after the front matter',
			found: 'none before the end of the file',
		};
	}
	return {
		yaml: lines.slice(1, close).join('\n'),
		body: lines.slice(close + 1).join('\n'),
		bodyLine: close + 2,
	};
}

/**
 * The 1-based file line of top-level front-matter field `field` in an article file's `source`,
 * or `undefined` when the field is not written.
 */
export function frontMatterLine(source: string, field: string): number | undefined {
	const lines = source.split('\n');
	if (!FENCE.test(lines[0] ?? '')) return undefined;
	for (let index = 1; index < lines.length && !FENCE.test(lines[index] ?? ''); index++)
		if ((lines[index] ?? '').startsWith(`${field}:`)) return index + 1;
	return undefined;
}

/** Parses and validates an article's front matter YAML; `firstLine` is the file line the YAML starts on. */
export function parseFrontMatter(
	yaml: string,
	file: string,
	firstLine?: number,
): { data: FrontMatter; problems: [] } | { data?: undefined; problems: ArticleProblem[] };
/** Parses front matter YAML and validates it with `schema` (an author's, a page's). */
export function parseFrontMatter<T>(
	yaml: string,
	file: string,
	firstLine: number,
	schema: z.ZodType<T>,
): { data: T; problems: [] } | { data?: undefined; problems: ArticleProblem[] };
export function parseFrontMatter(
	yaml: string,
	file: string,
	firstLine = 2,
	schema: z.ZodType = FrontMatterSchema,
): { data: unknown; problems: [] } | { data?: undefined; problems: ArticleProblem[] } {
	const deep = deepestYamlLine(yaml);
	if (deep !== undefined) {
		return {
			problems: [
				{
					file,
					line: deep + firstLine - 1,
					where: 'front matter',
					expected: `expected YAML nested at most ${String(MAX_YAML_NESTING)} levels deep`,
					found: `more than ${String(MAX_YAML_NESTING)} levels`,
				},
			],
		};
	}
	const lineCounter = new LineCounter();
	const doc = parseDocument(yaml, { lineCounter, uniqueKeys: true, prettyErrors: true });
	const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

	if (doc.errors.length > 0) {
		return {
			problems: doc.errors.map((error) => ({
				file,
				line: lineAt(error.pos[0]),
				where: 'front matter',
				expected: 'expected valid YAML',
				found: `a YAML error: ${(error.message.split('\n')[0] ?? error.code).replace(/ at line \d+, column \d+:?$/, '').trim()}`,
			})),
		};
	}
	let value: unknown;
	try {
		value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) ?? {};
	} catch {
		// yaml refuses a document whose aliases would expand past the count (a "billion laughs").
		let line = firstLine;
		visit(doc, {
			Alias: (_key, node) => {
				line = node.range ? lineAt(node.range[0]) : firstLine;
				return visit.BREAK;
			},
		});
		return {
			problems: [
				{
					file,
					line,
					where: 'front matter',
					expected: `expected YAML whose aliases (*name) expand to at most ${String(MAX_YAML_ALIASES)} copies`,
					found: 'aliases that expand to more',
				},
			],
		};
	}
	if (!isMap(doc.contents)) {
		return {
			problems: [
				{
					file,
					line: firstLine,
					where: 'front matter',
					expected: 'expected "key: value" lines',
					found: describeFound(value),
				},
			],
		};
	}
	const result = schema.safeParse(value);
	if (result.success) return { data: result.data, problems: [] };
	return {
		problems: result.error.issues.flatMap((issue) =>
			issueToProblems(issue, doc, value, file, lineAt, firstLine, schema),
		),
	};
}

function issueToProblems(
	issue: z.core.$ZodIssue,
	doc: Document,
	value: unknown,
	file: string,
	lineAt: (offset: number) => number,
	firstLine: number,
	schema: z.ZodType,
): ArticleProblem[] {
	const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
	if (issue.code === 'unrecognized_keys') {
		const known = frontMatterKeys(path, schema);
		return issue.keys.map((key) => ({
			file,
			line: lineOfKey(doc, [...path, key], lineAt) ?? firstLine,
			where: `front matter "${formatPath([...path, key])}"`,
			expected: `expected one of the known keys (${known.join(', ')})`,
			found: 'an unknown key',
		}));
	}
	const found = valueAt(value, path);
	const line = lineOfValue(doc, path, lineAt) ?? lineOfKey(doc, path, lineAt) ?? firstLine;
	const where = `front matter "${formatPath(path)}"`;
	if (found === undefined && issue.code === 'invalid_type') {
		return [
			{ file, line, where, expected: 'expected a value: this field is required', found: 'nothing' },
		];
	}
	const expected = issue.message.startsWith('expected')
		? issue.message
		: `expected ${lowerFirst(issue.message)}`;
	return [{ file, line, where, expected, found: describeFound(found) }];
}

function lowerFirst(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}

/** `corrections[0].date` from `['corrections', 0, 'date']`. */
export function formatPath(path: readonly (string | number)[]): string {
	return path.reduce<string>(
		(text, key) =>
			typeof key === 'number' ? `${text}[${key}]` : text === '' ? key : `${text}.${key}`,
		'',
	);
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
	let current = value;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<string | number, unknown>)[key];
	}
	return current;
}

function lineOfValue(
	doc: Document,
	path: readonly (string | number)[],
	lineAt: (o: number) => number,
) {
	if (path.length === 0) return undefined;
	const node: unknown = doc.getIn(path, true);
	if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
		return lineAt(node.range[0] as number);
	}
	return undefined;
}

function lineOfKey(
	doc: Document,
	path: readonly (string | number)[],
	lineAt: (o: number) => number,
) {
	const parent: unknown = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
	if (!isMap(parent)) return undefined;
	const key = path.at(-1);
	const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
	const range = isScalar(pair?.key) ? pair.key.range : undefined;
	return range ? lineAt(range[0]) : undefined;
}

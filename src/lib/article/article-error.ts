/** One problem in one article file, in the words an editor needs to fix it. */
export interface ArticleProblem {
	/** The file, as given to `parseArticle` (relative to the project root in builds). */
	file: string;
	/** 1-based line in the file, when the problem has one. */
	line?: number | undefined;
	/** Where in the file: `front matter "pubDate"`, `body`, `file name`. */
	where: string;
	/** What was expected, starting with "expected". */
	expected: string;
	/** What was found instead, already quoted or described. */
	found?: string | undefined;
}

/** Formats a problem as `content/articles/x.md:3 front matter "pubDate": expected ..., found ...`. */
export function formatProblem(problem: ArticleProblem): string {
	const location = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
	const found = problem.found === undefined ? '' : `, found ${problem.found}`;
	return `${location} ${problem.where}: ${problem.expected}${found}`;
}

/**
 * Every problem found in one or more content files; its message lists them all, one a line.
 * `noun` names the files (`article file`, `author file`, or `content file` for a mix).
 */
export class ArticleError extends Error {
	/** The problems, in file then line order. */
	readonly problems: readonly ArticleProblem[];

	constructor(problems: readonly ArticleProblem[], noun = 'article file') {
		const sorted = [...problems].sort(
			(a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
		);
		const files = new Set(sorted.map((p) => p.file)).size;
		super(
			`${sorted.length} problem${sorted.length === 1 ? '' : 's'} in ${files} ${noun}${files === 1 ? '' : 's'}:\n` +
				sorted.map((p) => `  ${formatProblem(p)}`).join('\n'),
		);
		this.name = 'ArticleError';
		this.problems = sorted;
	}
}

/** Quotes a found value for a message, shortened so one bad field cannot flood the log. */
export function describeFound(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'an empty value';
	// JSON.stringify gives undefined for functions and symbols, which YAML cannot produce anyway.
	const text = JSON.stringify(value) ?? typeof value;
	return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

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

/** Problems in file then line order. */
function sortProblems(problems: readonly ArticleProblem[]): ArticleProblem[] {
	return [...problems].sort(
		(a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
	);
}

/**
 * `3 problems in 2 article files:` then one problem a line; `kind` names what they are (problem,
 * warning), `noun` the files (`article file`, `author file`, or `content file` for a mix).
 */
function listProblems(problems: readonly ArticleProblem[], kind: string, noun: string): string {
	const files = new Set(problems.map((p) => p.file)).size;
	return (
		`${problems.length} ${kind}${problems.length === 1 ? '' : 's'} in ${files} ${noun}${files === 1 ? '' : 's'}:\n` +
		problems.map((p) => `  ${formatProblem(p)}`).join('\n')
	);
}

/**
 * Every problem found in one or more content files; its message lists them all, one a line.
 * `noun` names the files (`article file`, `author file`, or `content file` for a mix).
 */
export class ArticleError extends Error {
	/** The problems, in file then line order. */
	readonly problems: readonly ArticleProblem[];

	constructor(problems: readonly ArticleProblem[], noun = 'article file') {
		const sorted = sortProblems(problems);
		super(listProblems(sorted, 'problem', noun));
		this.name = 'ArticleError';
		this.problems = sorted;
	}
}

/**
 * What the build says of problems that do not fail it (a pull quote not found in its article),
 * in the form of `ArticleError`'s message: `1 warning in 1 article file:` then one a line.
 */
export function warningsMessage(warnings: readonly ArticleProblem[]): string {
	return listProblems(sortProblems(warnings), 'warning', 'article file');
}

/** Quotes a found value for a message, shortened so one bad field cannot flood the log. */
export function describeFound(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'an empty value';
	// JSON.stringify gives undefined for functions and symbols, which YAML cannot produce anyway.
	const text = JSON.stringify(value) ?? typeof value;
	return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

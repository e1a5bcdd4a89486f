/**
 * What the article scripts share: site options, today's date, reading the command line, finding
 * an article file, and writing a new one only when it parses and its slug is free.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { ArticleError } from '../../src/lib/article/article-error.ts';
import { SLUG } from '../../src/lib/article/slugs.ts';
import { parseArticle } from '../../src/lib/pipeline/parse-article.ts';
import { articleParseOptions, articlesDir, siteConfig } from '../../src/site.config.ts';

/** Where articles live, relative to the project root (the build's folder: `ARTICLES_DIR` moves both). */
export const ARTICLES_DIR = articlesDir;

/** Today's calendar date (`2019-12-31`) in `timeZone`, the site's by default. */
export function today(timeZone = siteConfig.timeZone, now = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
	}).format(now);
}

/** The path of article `slug` (`<slug>.md`) in `dir` or a folder under it, if there is one. */
export function findArticleFile(dir: string, slug: string): string | undefined {
	if (!existsSync(dir)) return undefined;
	const found = readdirSync(dir, { recursive: true, encoding: 'utf8' }).find(
		(file) => basename(file) === `${slug}.md`,
	);
	return found === undefined ? undefined : join(dir, found);
}

/** The flags both commands take: the new file's slug and its folder. */
const ARTICLE_FILE_OPTIONS = {
	slug: { type: 'string' },
	dir: { type: 'string', default: ARTICLES_DIR },
} as const satisfies ParseArgsOptionsConfig;

/**
 * The command line read with `options`, positionals allowed; or `undefined` once it has printed
 * what is wrong with it and `usage`.
 */
export function parseCommandLine<T extends ParseArgsOptionsConfig>(
	args: string[],
	options: T,
	usage: string,
) {
	try {
		return parseArgs({ args, allowPositionals: true, options });
	} catch (error) {
		console.error(`${(error as Error).message}\n${usage}`);
		return undefined;
	}
}

/**
 * The command line read with `options` and the flags every command that writes a new article
 * takes (`--slug`, `--dir`), as `parseCommandLine` reads it.
 */
export function readCommandLine<T extends ParseArgsOptionsConfig>(
	args: string[],
	options: T,
	usage: string,
) {
	return parseCommandLine(args, { ...options, ...ARTICLE_FILE_OPTIONS }, usage);
}

/**
 * A command line read by `parseCommandLine` or `readCommandLine` that must name exactly one thing
 * (a slug, a file), with that thing as `argument`; or `undefined` once it has printed `usage`
 * (the command line was wrong, or it named nothing or more than one).
 */
export function oneArgument<V>(
	parsed: { values: V; positionals: string[] } | undefined,
	usage: string,
): { values: V; argument: string } | undefined {
	if (parsed === undefined) return undefined;
	const [argument, ...extra] = parsed.positionals;
	if (argument === undefined || extra.length > 0) {
		console.error(usage);
		return undefined;
	}
	return { values: parsed.values, argument };
}

/**
 * Writes `<dir>/<slug>.md` and returns its path, or prints the problem and returns `undefined`
 * having written nothing.
 */
export function writeNewArticle(dir: string, slug: string, source: string): string | undefined {
	const path = join(dir, `${slug}.md`);
	const problem = newArticleProblem(dir, slug, path, source);
	if (problem !== undefined) {
		console.error(problem);
		return undefined;
	}
	mkdirSync(dir, { recursive: true });
	// `wx` refuses to replace a file that appeared since the check above.
	writeFileSync(path, source, { flag: 'wx' });
	return path;
}

/**
 * Why `source` cannot become article `slug` at `path`, or `undefined` when it can: the slug is
 * not kebab-case ASCII, it is taken (in `dir` or any folder under it), or the source does not pass
 * `parseArticle`, which is what the build would run on it.
 */
function newArticleProblem(
	dir: string,
	slug: string,
	path: string,
	source: string,
): string | undefined {
	if (!SLUG.test(slug))
		return `--slug ${JSON.stringify(slug)} is not a kebab-case ASCII slug such as "storm-at-the-embassy".`;
	const taken = findArticleFile(dir, slug);
	if (taken !== undefined)
		return `${taken} already exists; nothing was written. Choose another name with --slug.`;
	try {
		parseArticle(source, path, articleParseOptions);
		return undefined;
	} catch (error) {
		if (!(error instanceof ArticleError)) throw error;
		return `Nothing was written: the article would fail the build.\n${error.message}`;
	}
}

/**
 * Adds an update to a live article: a `:::update{time=…}` block with the current time in the
 * site's time zone, where the file's updates go (first after the summary when they are written
 * newest first, else last), then checks the file as the build would and writes it only if it
 * passes. Prints the line to write the update's text on.
 *
 *   npm run update -- <slug> [--key] [--title "…"] [--text "…"] [--dir <folder>]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ArticleError } from '../src/lib/article/article-error.ts';
import { parseFrontMatter, splitFrontMatter } from '../src/lib/article/front-matter.ts';
import { liveTimeProblems } from '../src/lib/article/live.ts';
import { splitLiveBody } from '../src/lib/markdown/live-updates.ts';
import { parseArticle } from '../src/lib/pipeline/parse-article.ts';
import { zonedIso } from '../src/lib/site/live/live-pages.ts';
import { articleParseOptions, siteConfig } from '../src/site.config.ts';
import {
	ARTICLES_DIR,
	findArticleFile,
	oneArgument,
	parseCommandLine,
} from './lib/article-file.ts';

const USAGE = 'Usage: npm run update -- <slug> [--key] [--title "…"] [--text "…"] [--dir <folder>]';

/** The text a new update gets when `--text` gives none, for the editor to replace. */
export const TODO_TEXT = 'TODO: What happened, in a few sentences.';

/** What goes into a new update. */
export interface NewUpdate {
	/** The instant it is posted at. */
	now: number;
	/** The site's time zone, which its time is written in. */
	timeZone: string;
	/** Whether it is a key event. */
	key: boolean;
	/** Its headline. */
	title?: string | undefined;
	/** Its Markdown text. */
	text?: string | undefined;
}

/** The `:::update` block of `update`, or a problem when its title cannot be quoted. */
export function updateBlock(update: NewUpdate): { block: string } | { problem: string } {
	const attributes = [`time="${zonedIso(update.now, update.timeZone)}"`];
	if (update.key) attributes.push('key');
	if (update.title !== undefined) {
		const title = update.title.trim();
		if (title.includes('"') && title.includes("'")) {
			return {
				problem: `--title ${JSON.stringify(title)} holds both kinds of quote mark; use typographic quotes (“ ” ‘ ’) for one of them.`,
			};
		}
		attributes.push(title.includes('"') ? `title='${title}'` : `title="${title}"`);
	}
	const text = update.text?.trim() || TODO_TEXT;
	// A text holding a block of its own (:::figure) needs an update fence longer than its own.
	const longest = Math.max(
		2,
		...[...text.matchAll(/^ {0,3}(:{3,})/gm)].map((m) => m[1]?.length ?? 0),
	);
	const fence = ':'.repeat(longest + 1);
	return { block: `${fence}update{${attributes.join(' ')}}\n${text}\n${fence}\n` };
}

/**
 * `source` with `block` inserted where the file's updates go: right after the summary when its
 * updates are written newest first (the first later than the last), else after the last one.
 * Returns the new source and the file line the update's text starts on.
 */
export function insertUpdate(
	source: string,
	file: string,
	block: string,
): { source: string; line: number } | { problem: string } {
	const text = source.replace(/\r\n?/g, '\n');
	const split = splitFrontMatter(text, file);
	if (!('yaml' in split)) return { problem: `${file}: expected front matter between "---" lines` };
	const body = splitLiveBody(split.body, split.bodyLine, file);
	const times = body.updates.map((update) => Date.parse(update.time));
	const newestFirst = times.length >= 2 && (times[0] ?? 0) > (times.at(-1) ?? 0);
	const head = text.length - split.body.length;
	const at = newestFirst ? head + body.summary.length : text.length;
	const before = text.slice(0, at).replace(/\n*$/, '\n\n');
	const after = text.slice(at).replace(/^\n*/, '');
	const line = before.split('\n').length + 1;
	return { source: `${before}${block}${after === '' ? '' : `\n${after}`}`, line };
}

/**
 * Why `source` cannot take an update at all: its front matter is valid and has no `live:`, so it
 * is not a live article; the message suggests `live: { start: <start> }`. `undefined` when it is
 * live, and when its front matter is missing or invalid, which the build's check names better.
 */
export function notLiveProblem(source: string, file: string, start: string): string | undefined {
	const split = splitFrontMatter(source.replace(/\r\n?/g, '\n'), file);
	if (!('yaml' in split)) return undefined;
	const { data } = parseFrontMatter(split.yaml, file);
	return data === undefined || data.live !== undefined
		? undefined
		: `${file} is not a live article: add live: { start: ${start} } to its front matter first. Nothing was written.`;
}

/** Runs the command on its arguments at `now`; returns the exit code. */
export function main(args: string[], now = Date.now()): number {
	const parsed = oneArgument(
		parseCommandLine(
			args,
			{
				key: { type: 'boolean', default: false },
				title: { type: 'string' },
				text: { type: 'string' },
				dir: { type: 'string', default: ARTICLES_DIR },
			},
			USAGE,
		),
		USAGE,
	);
	if (parsed === undefined) return 1;
	const { values, argument: slug } = parsed;
	const file = findArticleFile(values.dir, slug);
	if (file === undefined) {
		console.error(`No article ${slug}.md in ${values.dir}; nothing was written.`);
		return 1;
	}
	const source = readFileSync(file, 'utf8');
	const notLive = notLiveProblem(source, file, zonedIso(now, siteConfig.timeZone));
	if (notLive !== undefined) {
		console.error(notLive);
		return 1;
	}
	const block = updateBlock({
		now,
		timeZone: siteConfig.timeZone,
		key: values.key,
		title: values.title,
		text: values.text,
	});
	if ('problem' in block) {
		console.error(`${block.problem}\nNothing was written.`);
		return 1;
	}
	const inserted = insertUpdate(source, file, block.block);
	if ('problem' in inserted) {
		console.error(`${inserted.problem}\nNothing was written.`);
		return 1;
	}
	// The checks of the build: the pipeline's, then the clock's.
	try {
		const article = parseArticle(inserted.source, file, articleParseOptions);
		const future = liveTimeProblems(article, file, now);
		if (future.length > 0) throw new ArticleError(future);
	} catch (error) {
		if (!(error instanceof ArticleError)) throw error;
		console.error(`Nothing was written: the article would fail the build.\n${error.message}`);
		return 1;
	}
	writeFileSync(file, inserted.source);
	console.log(
		values.text === undefined
			? `Added an update to ${file}:${String(inserted.line)}\nReplace its "TODO" with the update's text.`
			: `Added an update to ${file}:${String(inserted.line)}`,
	);
	return 0;
}

if (import.meta.main) {
	process.exitCode = main(process.argv.slice(2));
}

/**
 * Starts a new article: writes `content/articles/<slug>.md` with the front matter the contract
 * requires and a body that says what to write, marked `draft: true` so it stays out of
 * production until an editor has replaced every "TODO".
 *
 *   npm run new -- "Headline" [--slug <slug>] [--author <name>] [--dir <folder>]
 */
import { formatFrontMatter } from './lib/format-front-matter.ts';
import type { FrontMatter } from '../src/lib/article/front-matter-schema.ts';
import { slugify } from './lib/slugify.ts';
import { readCommandLine, today, writeNewArticle } from './lib/article-file.ts';

const USAGE = 'Usage: npm run new -- "Headline" [--slug <slug>] [--author <name>] [--dir <folder>]';

/** The body of a new article: what goes where, for the editor to replace. */
const BODY = [
	'TODO: The lead, in one or two paragraphs: who, what, where and when. Everything before the first `##` heading is the lead.',
	'## TODO: The first section heading',
	'TODO: The rest of the story. Give each part a `##` heading; it becomes a section with its own anchor in the table of contents.',
].join('\n\n');

/** The front matter and body of a new draft article. */
export function newArticleSource(title: string, author: string | undefined, date: string): string {
	const meta: FrontMatter = {
		title,
		description: 'TODO: One or two sentences shown under the headline and in search results.',
		pubDate: date,
		author: author ?? 'TODO: The byline',
		draft: true,
	};
	return `${formatFrontMatter(meta)}\n${BODY}\n`;
}

/** Runs the command on its arguments; returns the exit code. */
export function main(args: string[]): number {
	const parsed = readCommandLine(
		args,
		{
			author: { type: 'string' },
		},
		USAGE,
	);
	if (parsed === undefined) return 1;
	const { values, positionals } = parsed;
	const title = positionals.join(' ').trim();
	if (title === '') {
		console.error(USAGE);
		return 1;
	}
	const slug = values.slug ?? slugify(title);
	if (slug === undefined) {
		console.error(
			`Cannot make a file name from ${JSON.stringify(title)}: it has no Latin letters. Give one with --slug, for example:\n` +
				`  npm run new -- ${JSON.stringify(title)} --slug protesters-storm-the-embassy`,
		);
		return 1;
	}
	const path = writeNewArticle(values.dir, slug, newArticleSource(title, values.author, today()));
	if (path === undefined) return 1;
	console.log(
		`Wrote ${path}\nIt is a draft: replace every "TODO", then delete "draft: true" to publish it.`,
	);
	return 0;
}

if (import.meta.main) {
	process.exitCode = main(process.argv.slice(2));
}

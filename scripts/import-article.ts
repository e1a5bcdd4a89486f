/**
 * Imports a plain-text story as `content/articles/<slug>.md`: the text becomes the Markdown body
 * (see `importText`), the flags become the front matter. The file is written only when it passes
 * `parseArticle`, as the build would run it.
 *
 *   npm run import -- story.txt --title <headline> --author <name> --pubDate <date>
 *     --description <standfirst> [--dateline <place>] [--lang <tag>] [--translated-from <tag>]
 *     [--tags a,b] [--slug <slug>] [--dir <folder>]
 */
import { readFileSync } from 'node:fs';
import { importText } from './lib/import-text.ts';
import type { FrontMatter } from '../src/lib/article/front-matter-schema.ts';
import { slugify } from './lib/slugify.ts';
import { oneArgument, readCommandLine, writeNewArticle } from './lib/article-file.ts';

const USAGE =
	'Usage: npm run import -- <story.txt> --title <headline> --author <name> --pubDate <date> --description <standfirst>\n' +
	'  [--dateline <place>] [--lang <tag>] [--translated-from <tag>] [--tags a,b] [--slug <slug>] [--dir <folder>]';

const REQUIRED = ['title', 'author', 'pubDate', 'description'] as const;

/** Runs the command on its arguments; returns the exit code. */
export function main(args: string[]): number {
	const parsed = oneArgument(
		readCommandLine(
			args,
			{
				title: { type: 'string' },
				author: { type: 'string', multiple: true },
				pubDate: { type: 'string' },
				description: { type: 'string' },
				dateline: { type: 'string' },
				lang: { type: 'string' },
				'translated-from': { type: 'string' },
				tags: { type: 'string' },
			},
			USAGE,
		),
		USAGE,
	);
	if (parsed === undefined) return 1;
	const { values, argument: storyFile } = parsed;
	const { title, author, pubDate, description } = values;
	if (
		title === undefined ||
		author === undefined ||
		pubDate === undefined ||
		description === undefined
	) {
		const missing = REQUIRED.filter((flag) => values[flag] === undefined).map(
			(flag) => `--${flag}`,
		);
		console.error(
			`Missing ${missing.join(', ')}: a plain-text story has no front matter, so give ${missing.length === 1 ? 'it' : 'them'} on the command line, for example:\n` +
				`  npm run import -- ${storyFile} --title "Protesters storm the US embassy in Baghdad" --author "News desk" --pubDate 2019-12-31 --description "The Pentagon is sending more troops to guard the embassy."`,
		);
		return 1;
	}

	let text: string;
	try {
		text = readFileSync(storyFile, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		console.error(
			`Cannot read ${storyFile}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}.`,
		);
		return 1;
	}

	const slug = values.slug ?? slugify(title);
	if (slug === undefined) {
		console.error(
			`Cannot make a file name from the title ${JSON.stringify(title)}: it has no Latin letters. Give one with --slug.`,
		);
		return 1;
	}

	const tags = values.tags
		?.split(',')
		.map((tag) => tag.trim())
		.filter((tag) => tag !== '');
	const translatedFrom = values['translated-from'];
	const meta: FrontMatter = {
		title,
		description,
		pubDate,
		author: author.length === 1 ? (author[0] ?? '') : author,
		...(values.dateline === undefined ? {} : { dateline: values.dateline }),
		...(tags === undefined || tags.length === 0 ? {} : { tags }),
		...(values.lang === undefined ? {} : { lang: values.lang }),
		...(translatedFrom === undefined ? {} : { translatedFrom: { lang: translatedFrom } }),
	};
	const path = writeNewArticle(values.dir, slug, importText(text, meta));
	if (path === undefined) return 1;
	console.log(`Wrote ${path}`);
	return 0;
}

if (import.meta.main) {
	process.exitCode = main(process.argv.slice(2));
}

import { relative } from 'node:path';
import { ArticleError, describeFound, type ArticleProblem } from '../lib/article/article-error.ts';
import type { Author } from '../lib/article/author-schema.ts';
import { brokenArticleLinks } from '../lib/article/article-set.ts';
import { frontMatterLine } from '../lib/article/front-matter.ts';
import type { SitePage } from '../lib/article/page-schema.ts';
import { duplicateSlugProblems, slugOf } from '../lib/article/slugs.ts';
import type { ParseOptions } from '../lib/pipeline/parse-article.ts';
import { imageExistsFrom, listArticleFiles, readSources } from './article-files.ts';

/**
 * The newsroom's own folders, read and checked whole: the author files and the page files. The
 * build's loaders and `npm run check:content` both call these; like the article archive, they
 * collect every problem of every file instead of stopping at the first.
 */

/** One file that parsed, with its text (for the lines of later checks). */
export interface NewsroomEntry<T> {
	/** The file, relative to the project root. */
	file: string;
	source: string;
	value: T;
}

/** What a folder's run found. */
export interface NewsroomFolder<T> {
	entries: NewsroomEntry<T>[];
	problems: ArticleProblem[];
}

/** What reading a newsroom folder needs. */
export interface NewsroomOptions {
	/** The project root: file names in messages are relative to it. */
	root: string;
	/** The folder (absolute). */
	base: string;
	/** The article folder (absolute): links from these files must point at its articles. */
	articles: string;
	/** The site settings the pipeline reads. */
	parse: ParseOptions;
}

/**
 * What a file parsed to the last time, when that parse still holds (its text and everything else
 * it depends on are unchanged): the file is not parsed again. `file` is relative to the root.
 */
export type ReuseParsed<T> = (file: string, source: string) => T | undefined;

/** The parsers of newsroom files, with the Markdown pipeline they load. */
type NewsroomParsers = typeof import('../lib/pipeline/parse-newsroom.ts');

/**
 * The Markdown pipeline, loaded when a file must be parsed: a build in which no newsroom file
 * changed does not load it on its main thread (a few hundred milliseconds of module loading).
 */
const parsers = (): Promise<NewsroomParsers> => import('../lib/pipeline/parse-newsroom.ts');

async function readFolder<T extends { articleLinks: readonly { slug: string; line: number }[] }>(
	options: NewsroomOptions,
	parser: (parsers: NewsroomParsers) => (source: string, file: string) => T,
	reuse: ReuseParsed<T> | undefined,
): Promise<NewsroomFolder<T>> {
	const listed = listArticleFiles(options.base, options.root);
	const { files } = listed;
	// An article's slug is its file name: listing the folder is enough to check links to it,
	// and it is listed only when a file links to an article (ten thousand names otherwise).
	let slugs: ReadonlySet<string> | undefined;
	const articleSlugs = () =>
		(slugs ??= new Set(
			listArticleFiles(options.articles, options.root).files.map((file) => slugOf(file)),
		));
	const problems: ArticleProblem[] = duplicateSlugProblems(files);
	const entries: NewsroomEntry<T>[] = [];
	let parse: ((source: string, file: string) => T) | undefined;
	for (const [index, source] of readSources(listed, options.base).entries()) {
		const file = files[index] ?? '';
		if (typeof source !== 'string') {
			problems.push(source);
			continue;
		}
		try {
			const value = reuse?.(file, source) ?? (parse ??= parser(await parsers()))(source, file);
			entries.push({ file, source, value });
			if (value.articleLinks.length > 0)
				problems.push(...brokenArticleLinks(file, value.articleLinks, articleSlugs()));
		} catch (error) {
			if (!(error instanceof ArticleError)) throw error;
			problems.push(...error.problems);
		}
	}
	return { entries, problems };
}

/**
 * Every author file below `options.base`, parsed (or `reuse`d) and checked: its own problems,
 * links to articles that no file defines, a portrait that is not where it says, and a name that
 * another author file gives too (a byline naming it could not tell the two apart).
 */
export async function loadAuthors(
	options: NewsroomOptions,
	reuse?: ReuseParsed<Author>,
): Promise<NewsroomFolder<Author>> {
	const folder = await readFolder(
		options,
		({ parseAuthor }) =>
			(source, file) =>
				parseAuthor(source, file, options.parse),
		reuse,
	);
	const imageExists = imageExistsFrom(options.root);
	const byName = Map.groupBy(folder.entries, (entry) => entry.value.name.toLowerCase());
	for (const { file, source, value } of folder.entries) {
		if (value.imagePath !== undefined && !imageExists(file, value.imagePath)) {
			folder.problems.push({
				file,
				line: frontMatterLine(source, 'image'),
				where: 'front matter "image"',
				expected: 'expected the path of an image file, relative to the author file',
				found: `${describeFound(value.imagePath)}, which does not exist`,
			});
		}
		const others = (byName.get(value.name.toLowerCase()) ?? []).filter(
			(other) => other.file !== file,
		);
		if (others.length > 0) {
			folder.problems.push({
				file,
				line: frontMatterLine(source, 'name'),
				where: 'front matter "name"',
				expected: `expected a name of its own: bylines could not tell it from ${others.map((other) => other.file).join(', ')}`,
				found: describeFound(value.name),
			});
		}
	}
	return folder;
}

/**
 * Every page file below `options.base`, parsed (or `reuse`d) and checked, and the site settings'
 * policy pages: each page that `required` names (`[setting, slug]`) must have a file.
 */
export async function loadPages(
	options: NewsroomOptions & {
		required: readonly (readonly [string, string])[];
		configFile: string;
	},
	reuse?: ReuseParsed<SitePage>,
): Promise<NewsroomFolder<SitePage>> {
	const folder = await readFolder(
		options,
		({ parsePage }) =>
			(source, file) =>
				parsePage(source, file, options.parse),
		reuse,
	);
	const slugs = new Set(folder.entries.map((entry) => entry.value.slug));
	for (const [setting, slug] of options.required) {
		if (slugs.has(slug)) continue;
		folder.problems.push({
			file: options.configFile,
			where: `setting "${setting}"`,
			expected: `expected the slug of a page file in ${relative(options.root, options.base)}/`,
			found: `${describeFound(slug)}, which no page file defines`,
		});
	}
	return folder;
}

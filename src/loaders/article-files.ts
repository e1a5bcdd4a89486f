import {
	existsSync,
	lstatSync,
	readdirSync,
	readFileSync,
	realpathSync,
	type Dirent,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { ArticleProblem } from '../lib/article/article-error.ts';

/** The article files below `base`, in path order. */
export interface ArticleFiles {
	/** Absolute paths. */
	paths: string[];
	/** The names messages show (relative to `root`). */
	files: string[];
	/** The paths that are symbolic links (only these are resolved before reading). */
	links: ReadonlySet<string>;
}

/** The article files below `base`: one listing of the folder, no call per file. */
export function listArticleFiles(base: string, root: string): ArticleFiles {
	let entries: Dirent[];
	try {
		entries = readdirSync(base, { recursive: true, withFileTypes: true });
	} catch {
		entries = [];
	}
	const found = entries
		.filter((entry) => entry.name.endsWith('.md') && (entry.isFile() || entry.isSymbolicLink()))
		.map((entry) => ({ path: join(entry.parentPath, entry.name), link: entry.isSymbolicLink() }))
		.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	const paths = found.map(({ path }) => path);
	return {
		paths,
		files: paths.map((path) => relative(root, path)),
		links: new Set(found.filter(({ link }) => link).map(({ path }) => path)),
	};
}

/** Files worked on at once: an archive of 50,000 opened all at once runs out of file descriptors. */
const OPEN_FILES = 64;

/** `read` of every item, `OPEN_FILES` at a time, the results in the items' order. */
export async function readInBatches<T, R>(
	items: readonly T[],
	read: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
	const results: R[] = [];
	for (let start = 0; start < items.length; start += OPEN_FILES) {
		const batch = items.slice(start, start + OPEN_FILES);
		results.push(...(await Promise.all(batch.map((item, i) => read(item, start + i)))));
	}
	return results;
}

/**
 * Each file's text, or the problem of a file that cannot be read. Read one after the other and
 * synchronously: the build waits on nothing else meanwhile, and an asynchronous read costs four
 * round trips through Node's thread pool (open, stat, read, close), which for ten thousand small
 * files took longer than the reading.
 */
export function readSources(
	{ paths, files, links }: ArticleFiles,
	base: string,
): (string | ArticleProblem)[] {
	return paths.map((path, i) => readSource(path, files[i] ?? path, base, links.has(path)));
}

/**
 * One file's text, or its problem: unreadable, outside `base` through a symbolic link, binary, or
 * not valid UTF-8 (never silently mangled). Only a symbolic link is resolved (`isLink`; unknown
 * when a single saved file is read): resolving every path costs a call per folder of its path.
 */
export function readSource(
	path: string,
	file: string,
	base: string,
	isLink?: boolean,
): string | ArticleProblem {
	let bytes: Buffer;
	try {
		if (isLink ?? lstatSync(path).isSymbolicLink()) {
			// A link may point anywhere on the machine; quoting such a file in a build log would leak it.
			const [target, folder] = [realpathSync(path), realpathSync(base)];
			if (relative(folder, target).startsWith('..')) {
				return {
					file,
					where: 'file',
					expected: `expected a file inside ${relative(process.cwd(), base) || base}`,
					found: 'a symbolic link to a file outside it',
				};
			}
		}
		bytes = readFileSync(path);
	} catch (error) {
		return { file, where: 'file', expected: 'expected a readable text file', found: String(error) };
	}
	if (bytes.byteLength > MAX_ARTICLE_BYTES) return tooLarge(file, bytes.byteLength);
	return decodeArticle(bytes, file);
}

/**
 * The largest article file the build parses: a long feature is a few hundred kilobytes. A parse
 * thread has 256 MB; a file of tens of megabytes (a data dump saved as .md) would exhaust it.
 */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** The problem of a file over `MAX_ARTICLE_BYTES`. */
function tooLarge(file: string, bytes: number): ArticleProblem {
	return {
		file,
		where: 'file',
		expected: `expected an article file of at most ${String(MAX_ARTICLE_BYTES / 1024 / 1024)} MB (the build's limit for one file)`,
		found: `${(bytes / 1024 / 1024).toFixed(1)} MB`,
	};
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of an article file's bytes, or a problem: a NUL byte means a binary file (an image
 * saved as .md), and invalid UTF-8 would otherwise turn into U+FFFD and lose words unnoticed.
 */
export function decodeArticle(bytes: Uint8Array, file: string): string | ArticleProblem {
	const nul = bytes.indexOf(0);
	if (nul !== -1) {
		return {
			file,
			where: 'file',
			expected: 'expected a UTF-8 text file',
			found: `binary data (a NUL byte at byte ${nul})`,
		};
	}
	try {
		return UTF8.decode(bytes);
	} catch {
		return {
			file,
			line: lineOfInvalidUtf8(bytes),
			where: 'file',
			expected: 'expected UTF-8 text (save the file as UTF-8)',
			found: 'bytes that are not UTF-8 (Latin-1 or Windows-1252, perhaps)',
		};
	}
}

/** The 1-based line holding the first byte sequence that is not UTF-8. */
function lineOfInvalidUtf8(bytes: Uint8Array): number {
	let line = 1;
	let start = 0;
	while (start < bytes.length) {
		const newline = bytes.indexOf(10, start);
		const end = newline === -1 ? bytes.length : newline + 1;
		try {
			UTF8.decode(bytes.subarray(start, end));
		} catch {
			return line;
		}
		start = end;
		line++;
	}
	return line;
}

/** Whether an image path written in article `file` (relative to it) names an existing file. */
export function imageExistsFrom(root: string): (file: string, src: string) => boolean {
	return (file, src) => existsSync(resolve(root, dirname(file), src));
}

import { existsSync } from 'node:fs';
import { glob, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { ArticleProblem } from '../lib/article/article-error.ts';

/** The article files below `base`: absolute paths, and the names messages show (relative to `root`). */
export async function listArticleFiles(
	base: string,
	root: string,
): Promise<{ paths: string[]; files: string[] }> {
	const paths: string[] = [];
	for await (const entry of glob('**/*.md', { cwd: base })) paths.push(join(base, entry));
	paths.sort();
	return { paths, files: paths.map((path) => relative(root, path)) };
}

/** Files read at once: an archive of 50,000 read all at once runs out of file descriptors. */
const OPEN_FILES = 64;

/** Each file's text, or the problem of a file that cannot be read. */
export async function readSources(
	paths: readonly string[],
	files: readonly string[],
): Promise<(string | ArticleProblem)[]> {
	const sources: (string | ArticleProblem)[] = [];
	for (let start = 0; start < paths.length; start += OPEN_FILES) {
		const batch = paths.slice(start, start + OPEN_FILES);
		sources.push(
			...(await Promise.all(batch.map((path, i) => readSource(path, files[start + i] ?? path)))),
		);
	}
	return sources;
}

/** One file's text, or its problem. */
export async function readSource(path: string, file: string): Promise<string | ArticleProblem> {
	try {
		return await readFile(path, 'utf8');
	} catch (error) {
		return { file, where: 'file', expected: 'expected a readable text file', found: String(error) };
	}
}

/** Whether an image path written in article `file` (relative to it) names an existing file. */
export function imageExistsFrom(root: string): (file: string, src: string) => boolean {
	return (file, src) => existsSync(resolve(root, dirname(file), src));
}

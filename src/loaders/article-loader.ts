import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { glob } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ArticleError, type ArticleProblem } from '../lib/article/article-error.ts';
import { parseArticle, slugOf, type ParseOptions } from '../lib/article/parse-article.ts';
import type { Article } from '../lib/article/schema.ts';
import { duplicateSlugProblems } from '../lib/article/slugs.ts';

/** Options of `articleLoader`. */
export interface ArticleLoaderOptions {
	/** Folder of article files, relative to the project root; `**\/*.md` below it are read. */
	base: string;
	/** Site settings the pipeline needs. */
	parse: ParseOptions;
}

const LIB_DIR = fileURLToPath(new URL('../lib/', import.meta.url));

/**
 * The `articles` collection's loader: reads every `.md` file below `base`, parses each with
 * `parseArticle` unless its digest (file, site settings and pipeline code) is unchanged, and
 * collects every problem in every file before failing the build once with all of them.
 */
export function articleLoader(options: ArticleLoaderOptions): Loader {
	return {
		name: 'article-loader',
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			const base = resolve(root, options.base);
			const salt = context.generateDigest(JSON.stringify(options.parse) + pipelineSource());
			const files: string[] = [];
			for await (const entry of glob('**/*.md', { cwd: base })) files.push(join(base, entry));
			files.sort();

			const problems = duplicateSlugProblems(files.map((path) => relative(root, path)));
			const ids = new Set<string>();
			let parsed = 0;
			for (const path of files) {
				const file = relative(root, path);
				ids.add(slugOf(file));
				const result = await loadFile(context, path, file, salt, options.parse);
				if (result === 'parsed') parsed++;
				else if (result !== 'cached') problems.push(...result);
			}
			for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
			if (problems.length > 0) {
				const error = new ArticleError(problems);
				// The problems are the editor's to fix, not ours: a stack trace into the loader would
				// only bury them.
				error.stack = '';
				throw error;
			}
			context.logger.info(
				`${files.length} articles, ${parsed} parsed, ${files.length - parsed} unchanged`,
			);

			context.watcher?.add(base);
			context.watcher?.on('all', (event, changed) => {
				if (!changed.startsWith(base) || !changed.endsWith('.md')) return;
				const file = relative(root, changed);
				if (event === 'unlink') {
					context.store.delete(slugOf(file));
					return;
				}
				if (event !== 'add' && event !== 'change') return;
				void loadFile(context, changed, file, salt, options.parse).then((result) => {
					if (Array.isArray(result)) context.logger.error(new ArticleError(result).message);
					else context.logger.info(`${file} reloaded`);
				});
			});
		},
	};
}

async function loadFile(
	context: LoaderContext,
	path: string,
	file: string,
	salt: string,
	parse: ParseOptions,
): Promise<'parsed' | 'cached' | readonly ArticleProblem[]> {
	let source: string;
	try {
		source = await readFile(path, 'utf8');
	} catch (error) {
		return [
			{
				file,
				where: 'file',
				expected: 'expected a readable UTF-8 text file',
				found: String(error),
			},
		];
	}
	const id = slugOf(file);
	const digest = context.generateDigest(salt + source);
	if (context.store.get(id)?.digest === digest) return 'cached';
	let article: Article;
	try {
		article = parseArticle(source, file, parse);
	} catch (error) {
		if (error instanceof ArticleError) return error.problems;
		throw error;
	}
	context.store.set({ id, data: article, digest, filePath: file });
	return 'parsed';
}

let pipelineCache: string | undefined;

/** The pipeline's own source, so that changing its code invalidates every cached article. */
function pipelineSource(): string {
	pipelineCache ??= listFiles(LIB_DIR)
		.sort()
		.map((path) => `${relative(LIB_DIR, path)}\n${readFileSync(path, 'utf8')}`)
		.join('\n');
	return pipelineCache;
}

function listFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? listFiles(join(dir, entry.name))
			: entry.name.endsWith('.ts')
				? [join(dir, entry.name)]
				: [],
	);
}

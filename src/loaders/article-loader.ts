import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ArticleError, type ArticleProblem } from '../lib/article/article-error.ts';
import { articleSetProblems } from '../lib/article/article-set.ts';
import { slugOf, type ParseOptions } from '../lib/article/parse-article.ts';
import type { StoredArticle } from '../lib/article/schema.ts';
import { duplicateSlugProblems } from '../lib/article/slugs.ts';
import { BUILD_TIME } from '../lib/site/build-time.ts';
import { holdBack, holdBackSummary } from '../lib/site/publishing.ts';
import { bodyDir, bodyFileName, pruneBodies } from './article-body-store.ts';
import { imageExistsFrom, listArticleFiles, readSource, readSources } from './article-files.ts';
import { replaceDevProblems } from './dev-problems.ts';
import { storeArticle } from './lead-image.ts';
import { parseAll, type ParseRequest, type ParseResult } from './parse-pool.ts';

/** Options of `articleLoader`. */
export interface ArticleLoaderOptions {
	/** Folder of article files, relative to the project root; `**\/*.md` below it are read. */
	base: string;
	/** Site settings the pipeline needs. */
	parse: ParseOptions;
}

const LIB_DIR = fileURLToPath(new URL('../lib/', import.meta.url));

/**
 * The `articles` collection's loader: reads every `.md` file below `base`, parses (across
 * threads) each whose digest of file, site settings and pipeline code has changed since the last
 * build, and collects every problem in every file before failing the build once with all of them.
 */
export function articleLoader(options: ArticleLoaderOptions): Loader {
	return {
		name: 'article-loader',
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			const base = resolve(root, options.base);
			const salt = context.generateDigest(JSON.stringify(options.parse) + pipelineSource(root));
			const { paths, files } = await listArticleFiles(base, root);

			const bodies = bodyDir(fileURLToPath(context.config.cacheDir));
			const fileProblems = Map.groupBy(duplicateSlugProblems(files), (problem) => problem.file);
			const sources = new Map<string, string>();
			const keep = new Set<string>();
			const stale: (ParseRequest & { digest: string })[] = [];
			const unchanged: { file: string; digest: string; article: StoredArticle }[] = [];
			(await readSources(paths, files, base)).forEach((source, id) => {
				const file = files[id] ?? '';
				if (typeof source !== 'string') {
					fileProblems.set(file, [source]);
					return;
				}
				sources.set(file, source);
				const digest = context.generateDigest(salt + source);
				const bodyFile = join(bodies, bodyFileName(digest));
				keep.add(bodyFileName(digest));
				// The body file is named by the source's digest: the same name means the same source.
				// (The entry's own digest may also cover a lead image; see storeArticle.)
				const cached = context.store.get(slugOf(file))?.data as StoredArticle | undefined;
				if (cached?.bodyFile === bodyFile && existsSync(bodyFile)) {
					unchanged.push({ file, digest, article: cached });
					return;
				}
				stale.push({ id, source, file, bodyFile, digest });
			});
			pruneBodies(bodies, keep);
			// An unchanged article whose lead image was replaced gets a new digest, so its page renders again.
			for (const { file, digest, article } of unchanged)
				await storeArticle(context, root, file, digest, article);
			const results = await parseAll(stale, options.parse);
			for (const [index, result] of results.entries()) {
				const request = stale[index];
				if (!request) continue;
				const problems = await store(context, root, request.file, request.digest, result);
				if (problems.length > 0) fileProblems.set(request.file, [...problems]);
			}
			const ids = new Set(files.map(slugOf));
			for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);

			const archive = { context, root, sources, fileProblems };
			const problems = allProblems(archive);
			if (problems.length > 0 && context.watcher) {
				// `astro dev` (the only run with a watcher) keeps serving: the pages show these problems
				// in the error overlay until each file is fixed and saved.
				replaceDevProblems(problems);
				context.logger.error(new ArticleError(problems).message);
			} else if (problems.length > 0) {
				const error = new ArticleError(problems);
				// The problems are the editor's to fix, not ours: a stack trace into the loader would
				// only bury them.
				error.stack = '';
				throw error;
			}
			context.logger.info(
				`${files.length} articles: ${stale.length} parsed, ${files.length - stale.length} unchanged`,
			);
			const heldBack = holdBackSummary(
				context.store
					.values()
					.map(({ data }) => holdBack((data as StoredArticle).meta, BUILD_TIME)),
			);
			if (heldBack !== undefined) context.logger.info(heldBack);
			watch(archive, base, salt, options.parse, bodies);
		},
	};
}

/** Stores a parse result; returns the file's problems (none when it parsed). */
async function store(
	context: LoaderContext,
	root: string,
	file: string,
	digest: string,
	result: ParseResult,
): Promise<readonly ArticleProblem[]> {
	if (result.stored) {
		await storeArticle(context, root, file, digest, result.stored);
		return [];
	}
	// A file that no longer parses has no entry: its page and links are gone until it is fixed.
	context.store.delete(slugOf(file));
	if (result.problems) return result.problems;
	throw new Error(
		`${file}: the article pipeline crashed; this is a bug in our code, not in the file:\n${result.crash}`,
	);
}

/** What the loader knows of the archive between saves in `astro dev`. */
interface Archive {
	context: LoaderContext;
	root: string;
	/** Each readable file's text, by file name. */
	sources: Map<string, string>;
	/** The problems of each file on its own (reading, parsing, duplicate slug), by file name. */
	fileProblems: Map<string, ArticleProblem[]>;
}

/** Every problem: each file's own, then what only the whole archive shows (links, images). */
function allProblems({ context, root, sources, fileProblems }: Archive): ArticleProblem[] {
	const entries = [...sources].flatMap(([file, source]) => {
		const entry = context.store.get(slugOf(file));
		return entry && !fileProblems.has(file)
			? [{ file, source, article: entry.data as StoredArticle }]
			: [];
	});
	return [
		...[...fileProblems.values()].flat(),
		...articleSetProblems(entries, imageExistsFrom(root)),
	];
}

/** In `astro dev`: re-parse a saved article, drop a deleted one, and keep the overlay's problems current. */
function watch(
	archive: Archive,
	base: string,
	salt: string,
	parse: ParseOptions,
	bodies: string,
): void {
	const { context, root, sources, fileProblems } = archive;
	const watcher = context.watcher;
	if (!watcher) return;
	const isArticle = (path: string) => path.startsWith(base) && path.endsWith('.md');
	const report = (file: string) => {
		const problems = allProblems(archive);
		// The pages show these in Astro's error overlay until the files are fixed.
		replaceDevProblems(problems);
		if (problems.length > 0) context.logger.error(new ArticleError(problems).message);
		else context.logger.info(`${file} reloaded`);
	};
	const onSave = (changed: string) => {
		if (!isArticle(changed)) return;
		const file = relative(root, changed);
		void readSource(changed, file, base).then(async (source) => {
			fileProblems.delete(file);
			if (typeof source === 'string') {
				sources.set(file, source);
				const problems = await reparse(context, root, file, source, salt, parse, bodies);
				if (problems.length > 0) fileProblems.set(file, [...problems]);
			} else {
				sources.delete(file);
				fileProblems.set(file, [source]);
			}
			report(file);
		});
	};
	// Vite's watcher emits the named events (as Astro's glob loader uses them), not chokidar's "all".
	watcher.add(base);
	watcher.on('change', onSave);
	watcher.on('add', onSave);
	watcher.on('unlink', (deleted) => {
		if (!isArticle(deleted)) return;
		const file = relative(root, deleted);
		context.store.delete(slugOf(file));
		sources.delete(file);
		fileProblems.delete(file);
		report(file);
	});
}

/** Parses one saved file and stores it; returns its problems. */
async function reparse(
	context: LoaderContext,
	root: string,
	file: string,
	source: string,
	salt: string,
	parse: ParseOptions,
	bodies: string,
): Promise<readonly ArticleProblem[]> {
	const digest = context.generateDigest(salt + source);
	const [result] = await parseAll(
		[{ id: 0, source, file, bodyFile: join(bodies, bodyFileName(digest)) }],
		parse,
	);
	return result ? store(context, root, file, digest, result) : [];
}

let pipelineCache: string | undefined;

/**
 * The pipeline's own source and the locked dependency versions, so that changing our code or
 * upgrading a Markdown plugin invalidates every cached article.
 */
function pipelineSource(root: string): string {
	pipelineCache ??= [
		...listFiles(LIB_DIR)
			.sort()
			.map((path) => `${relative(LIB_DIR, path)}\n${readFileSync(path, 'utf8')}`),
		readOptional(join(root, 'package-lock.json')),
	].join('\n');
	return pipelineCache;
}

function readOptional(path: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return '';
	}
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

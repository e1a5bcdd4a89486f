import { rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ArticleError, type ArticleProblem } from '../lib/article/article-error.ts';
import { articleSetProblems } from '../lib/article/article-set.ts';
import { slugOf } from '../lib/article/slugs.ts';
import type { ParseOptions } from '../lib/pipeline/parse-article.ts';
import { BUILD_TIME } from '../lib/site/publishing/build-time.ts';
import { holdBack, holdBackSummary } from '../lib/site/publishing/publishing.ts';
import {
	archiveWarnings,
	loadArchive,
	reloadArticle,
	throwProblems,
	type Archive,
	type ArchiveEntry,
} from './article-archive.ts';
import {
	articleIndexFile,
	bodyDir,
	bodyStore,
	pruneBodies,
	readArticleIndex,
	useBodyDir,
	writeArticleIndex,
	type ArticleIndex,
	type BodySink,
} from './article-body-store.ts';
import { imageExistsFrom, readSource } from './article-files.ts';
import { registerArticles } from './article-registry.ts';
import type { ContentGate } from './content-gate.ts';
import { replaceDevProblems } from './dev-problems.ts';
import { dropWarmThread } from './parse-thread.ts';
import { storeArticle } from './article-images.ts';

/** Options of `articleLoader`. */
export interface ArticleLoaderOptions {
	/** Folder of article files, relative to the project root; `**\/*.md` below it are read. */
	base: string;
	/** Site settings the pipeline needs. */
	parse: ParseOptions;
	/** Where the content loaders meet, so a build fails with the problems of every folder at once. */
	gate?: ContentGate;
}

/** Seconds between two progress lines while articles parse. */
const PROGRESS_EVERY_MS = 3000;

/**
 * The `articles` collection's loader: `loadArchive` reads, digests and parses the archive (only
 * what changed since the last build), bodies go to the body store, and each article goes into
 * the content store. Every problem in every file fails the build once, with all of them.
 */
export function articleLoader(options: ArticleLoaderOptions): Loader {
	return {
		name: 'article-loader',
		load: async (context) => {
			const started = performance.now();
			const root = fileURLToPath(context.config.root);
			const base = resolve(root, options.base);
			const cacheDir = fileURLToPath(context.config.cacheDir);
			const bodies = bodyDir(cacheDir);
			const indexFile = articleIndexFile(cacheDir);
			const index = readArticleIndex(indexFile);
			forgetAssetImports(root, context);
			useBodyDir(bodies);
			const sink = bodyStore(bodies);
			let lastProgress = performance.now();
			// A parse thread started ahead of time (src/integrations/parse-warm-up.ts) that no parse
			// took, since nothing changed, stops once the archive is loaded.
			const archive = await loadArchive({
				root,
				base,
				parse: options.parse,
				digest: (text) => context.generateDigest(text),
				sink,
				previous: (slug) => index.articles.get(slug),
				known: (file, salt) => (salt === index.salt ? index.files.get(file) : undefined),
				pool: {
					onProgress: (done, total) => {
						if (performance.now() - lastProgress < PROGRESS_EVERY_MS && done < total) return;
						lastProgress = performance.now();
						context.logger.info(`parsed ${String(done)} of ${String(total)} changed articles`);
					},
				},
			}).finally(dropWarmThread);
			for (const entry of archive.entries) await store(context, entry);
			const kept = new Set(archive.entries.map((entry) => entry.article.slug));
			for (const id of context.store.keys()) if (!kept.has(id)) context.store.delete(id);
			pruneBodies(bodies, new Set(archive.entries.map((entry) => entry.digest)));
			const articles = archive.entries.map((entry) => entry.article);
			if (indexChanged(index, archive)) {
				writeArticleIndex(indexFile, {
					salt: archive.salt,
					articles: new Map(articles.map((article) => [article.slug, article])),
					files: new Map(
						archive.entries.map(({ file, stamp, digest }) => [file, { ...stamp, digest }]),
					),
				});
			}
			// The pages' data and the search index are built from these (src/data/site-data.ts,
			// src/integrations/search-index.ts).
			registerArticles(articles);

			const warnings = archiveWarnings(archive);
			if (warnings !== undefined) context.logger.warn(warnings);
			const parsed = archive.entries.filter((entry) => entry.parsed).length;
			if (archive.problems.length > 0 && context.watcher) {
				// `astro dev` (the only run with a watcher) keeps serving: the pages show these problems
				// in the error overlay until each file is fixed and saved.
				replaceDevProblems(archive.problems);
				context.logger.error(new ArticleError(archive.problems).message);
			} else if (context.watcher) {
				// `astro dev` with nothing to report: the other loaders do not meet at the gate either.
			} else if (options.gate === undefined) {
				throwProblems(archive.problems);
			} else {
				const all = await options.gate.settle('articles', archive.problems);
				throwProblems(all.problems, all.noun);
			}
			context.logger.info(
				`${String(archive.files.length)} articles: ${String(parsed)} parsed, ${String(archive.files.length - parsed)} unchanged (${((performance.now() - started) / 1000).toFixed(1)} s)`,
			);
			const heldBack = holdBackSummary(
				articles.map((article) => holdBack(article.meta, BUILD_TIME)),
			);
			if (heldBack !== undefined) context.logger.info(heldBack);
			watch(context, root, base, options.parse, sink, archive.entries);
		},
	};
}

/** Whether this run's archive differs from the index the last build wrote. */
function indexChanged(index: ArticleIndex, archive: Archive): boolean {
	return (
		index.salt !== archive.salt ||
		index.articles.size !== archive.entries.length ||
		archive.entries.some((entry) => {
			const known = index.files.get(entry.file);
			return (
				entry.parsed || known?.size !== entry.stamp.size || known.mtimeMs !== entry.stamp.mtimeMs
			);
		})
	);
}

/** Puts one article into the content store, with its images handed to `astro:assets`. */
function store(context: LoaderContext, entry: ArchiveEntry): Promise<void> {
	return storeArticle(context, entry.file, entry.digest, entry.article, entry.images);
}

/**
 * Removes Astro's list of the images the content store imports (`.astro/content-assets.mjs`), so
 * that this sync writes it again from this store. Astro keeps the list per project but the store
 * per cache folder, and rewrites the list only when an entry changed: after a build of other
 * articles in the same project (the bench's corpus, a test's), a build whose store is unchanged
 * would keep that build's list, and every lead image would reach its page as a bare path.
 */
function forgetAssetImports(root: string, context: LoaderContext): void {
	// `astro dev` watches the file; it never builds another archive in the same project meanwhile.
	if (context.watcher) return;
	rmSync(join(root, '.astro', 'content-assets.mjs'), { force: true });
}

/** In `astro dev`: re-parse a saved article, drop a deleted one, and keep the overlay's problems current. */
function watch(
	context: LoaderContext,
	root: string,
	base: string,
	parse: ParseOptions,
	sink: BodySink,
	entries: readonly ArchiveEntry[],
): void {
	const watcher = context.watcher;
	if (!watcher) return;
	// What the archive checks need between saves: every parsed file, and each file's own problems.
	const current = new Map(entries.map((entry) => [entry.file, entry]));
	const fileProblems = new Map<string, readonly ArticleProblem[]>();
	const isArticle = (path: string) => path.startsWith(base) && path.endsWith('.md');
	const report = (file: string) => {
		// The pages' data reads the registry afresh at every request in `astro dev`.
		registerArticles([...current.values()].map((entry) => entry.article));
		const problems = [
			...[...fileProblems.values()].flat(),
			...articleSetProblems([...current.values()], imageExistsFrom(root)),
		];
		// The pages show these in Astro's error overlay until the files are fixed.
		replaceDevProblems(problems);
		if (problems.length > 0) context.logger.error(new ArticleError(problems).message);
		else context.logger.info(`${file} reloaded`);
	};
	const onSave = (changed: string) => {
		if (!isArticle(changed)) return;
		const file = relative(root, changed);
		void Promise.resolve(readSource(changed, file, base)).then(async (source) => {
			fileProblems.delete(file);
			current.delete(file);
			if (typeof source !== 'string') {
				fileProblems.set(file, [source]);
				context.store.delete(slugOf(file));
			} else {
				const outcome = await reloadArticle(
					{ root, base, parse, digest: (text) => context.generateDigest(text), sink },
					file,
					source,
				);
				if ('problems' in outcome) {
					// A file that no longer parses has no entry: its page is gone until it is fixed.
					context.store.delete(slugOf(file));
					fileProblems.set(file, outcome.problems);
				} else {
					current.set(file, outcome);
					await store(context, outcome);
					const warnings = archiveWarnings({ entries: [outcome] });
					if (warnings !== undefined) context.logger.warn(warnings);
				}
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
		current.delete(file);
		fileProblems.delete(file);
		report(file);
	});
}

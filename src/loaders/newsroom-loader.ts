import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ArticleError, type ArticleProblem } from '../lib/article/article-error.ts';
import type { ParseOptions } from '../lib/pipeline/parse-article.ts';
import { pipelineFingerprint, throwProblems } from './article-archive.ts';
import type { ContentGate } from './content-gate.ts';
import { replaceDevProblems } from './dev-problems.ts';
import type { SitePage } from '../lib/article/page-schema.ts';
import { slugOf } from '../lib/article/slugs.ts';
import {
	loadAuthors,
	loadPages,
	type NewsroomFolder,
	type NewsroomOptions,
	type ReuseParsed,
} from './newsroom-files.ts';

/** Options of the author and page loaders. */
export interface NewsroomLoaderOptions {
	/** The folder of its files, relative to the project root. */
	base: string;
	/** The folder of article files, relative to the project root: links must point at its articles. */
	articles: string;
	/** Site settings the pipeline needs. */
	parse: ParseOptions;
	/** Where the content loaders meet, so a build fails with the problems of every folder at once. */
	gate?: ContentGate;
}

/** A portrait, as `astro:assets` imports it (`./images/x.jpg`), and a digest of its bytes. */
function imageFile(
	root: string,
	file: string,
	path: string | undefined,
): { importPath: string; digest: string } | undefined {
	if (path === undefined) return undefined;
	const dir = resolve(root, dirname(file));
	const absolute = resolve(dir, path);
	let bytes: Buffer;
	try {
		bytes = readFileSync(absolute);
	} catch {
		return undefined;
	}
	const relativePath = relative(dir, absolute).split(sep).join('/');
	return {
		importPath: relativePath.startsWith('../') ? relativePath : `./${relativePath}`,
		digest: createHash('sha256').update(bytes).digest('hex'),
	};
}

/**
 * A loader of one newsroom folder: every file is read at each sync (there are few), each stored
 * with a digest of its text, its image's bytes and the pipeline's code, so a page that shows it
 * re-renders when any of them changes. A file whose digest is the one stored is not parsed again:
 * its stored entry is what it parsed to (the folder's checks still run on every file).
 */
function newsroomLoader<T extends Record<string, unknown>>(
	name: 'authors' | 'pages',
	options: NewsroomLoaderOptions,
	read: (options: NewsroomOptions, reuse: ReuseParsed<T>) => Promise<NewsroomFolder<T>>,
	entryOf: (value: T) => { id: string; image?: string | undefined },
): Loader {
	const load = async (context: LoaderContext) => {
		const root = fileURLToPath(context.config.root);
		const salt = pipelineFingerprint(root);
		const settings = JSON.stringify(options.parse);
		/** The digest of a file whose text is `source` and image `path`, and that image. */
		const stamp = (file: string, source: string, path: string | undefined) => {
			const image = imageFile(root, file, path);
			const digest = context.generateDigest(
				`${settings}\n${salt}\n${source}\n${image?.digest ?? ''}`,
			);
			return { image, digest };
		};
		/** The stamps of the files reused. */
		const reused = new Map<string, ReturnType<typeof stamp>>();
		const reuse: ReuseParsed<T> = (file, source) => {
			const entry = context.store.get(slugOf(file));
			if (entry?.filePath !== file) return undefined;
			// `image` is the portrait's import path, added below; the rest is what the file parsed to.
			const { image: _importPath, ...stored } = entry.data;
			const value = stored as T;
			const found = stamp(file, source, entryOf(value).image);
			if (found.digest !== entry.digest) return undefined;
			reused.set(file, found);
			return value;
		};
		const folder = await read(
			{
				root,
				base: resolve(root, options.base),
				articles: resolve(root, options.articles),
				parse: options.parse,
			},
			reuse,
		);
		const kept = new Set<string>();
		for (const { file, source, value } of folder.entries) {
			const { id, image: imagePath } = entryOf(value);
			const { image, digest } = reused.get(file) ?? stamp(file, source, imagePath);
			kept.add(id);
			if (context.store.get(id)?.digest === digest) continue;
			const data = await context.parseData({
				id,
				data: image === undefined ? { ...value } : { ...value, image: image.importPath },
				filePath: file,
			});
			context.store.set({ id, data, digest, filePath: file });
		}
		for (const id of context.store.keys()) if (!kept.has(id)) context.store.delete(id);
		return folder.problems;
	};
	return {
		name: `${name}-loader`,
		load: async (context) => {
			const problems = await load(context);
			if (context.watcher) {
				// `astro dev` keeps serving; pages show the problems until the files are fixed.
				const report = (found: readonly ArticleProblem[]) => {
					replaceDevProblems(found, name);
					if (found.length > 0) context.logger.error(new ArticleError(found, 'file').message);
				};
				report(problems);
				const base = resolve(fileURLToPath(context.config.root), options.base);
				context.watcher.add(base);
				const reload = (path: string) => {
					if (path.startsWith(base) && path.endsWith('.md')) void load(context).then(report);
				};
				for (const event of ['change', 'add', 'unlink'] as const) context.watcher.on(event, reload);
				return;
			}
			if (options.gate === undefined) {
				throwProblems(problems, name === 'authors' ? 'author file' : 'page file');
				return;
			}
			const all = await options.gate.settle(name, problems);
			throwProblems(all.problems, all.noun);
			context.logger.info(`${String(context.store.keys().length)} ${name}`);
		},
	};
}

/** The `authors` collection's loader: `content/authors/<id>.md`, each with its portrait. */
export function authorLoader(options: NewsroomLoaderOptions): Loader {
	return newsroomLoader('authors', options, loadAuthors, (author) => ({
		id: author.id,
		image: author.imagePath,
	}));
}

/**
 * The `pages` collection's loader: `content/pages/<slug>.md`; every page `required` names
 * (`[setting, slug]`, from the site settings) must have a file.
 */
export function pageLoader(
	options: NewsroomLoaderOptions & { required: readonly (readonly [string, string])[] },
): Loader {
	return newsroomLoader<SitePage>(
		'pages',
		options,
		(folder, reuse) =>
			loadPages({ ...folder, required: options.required, configFile: 'src/site.config.ts' }, reuse),
		(page) => ({ id: page.slug }),
	);
}

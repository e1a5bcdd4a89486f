import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { readInBatches } from '../loaders/article-files.ts';
import {
	INDEXED_PAGES,
	SEARCH_EXCLUDED,
	indexingProblem,
	isBundleFileServed,
	searchIndexKey,
	type IndexedPage,
} from '../lib/site/search/search-index.ts';

/** Options of the search index integration. */
export interface SearchIndexOptions {
	/**
	 * The one language every article is indexed in (ISO 639-1). Pagefind otherwise writes one
	 * index per `<html lang>` and a page searches only its own, so the English search page would
	 * never find an Arabic article. One index trades language-aware stemming for that.
	 */
	language: string;
}

/** The article pages (`articles/<slug>/index.html`) of an output folder, with their bytes. */
async function readArticlePages(outDir: string): Promise<IndexedPage[]> {
	let slugs: string[];
	try {
		slugs = await readdir(join(outDir, 'articles'));
	} catch {
		return [];
	}
	return readInBatches(
		slugs.map((slug) => `articles/${slug}/index.html`),
		async (path) => ({ path, content: await readFile(join(outDir, path)) }),
	);
}

/** The marker written last into a cached index, with the number of pages it holds. */
const COMPLETE = '.complete.json';

/** A cached index for `key`, copied into `bundleDir`; the page count, or undefined on a miss. */
async function restoreBundle(entry: string, bundleDir: string): Promise<number | undefined> {
	let marker: { pageCount?: unknown };
	try {
		marker = JSON.parse(await readFile(join(entry, COMPLETE), 'utf8')) as { pageCount?: unknown };
	} catch {
		return undefined;
	}
	if (typeof marker.pageCount !== 'number') return undefined;
	await rm(bundleDir, { recursive: true, force: true });
	await cp(entry, bundleDir, { recursive: true, filter: (source) => !source.endsWith(COMPLETE) });
	return marker.pageCount;
}

/** Keeps `bundleDir` as the only cached index, under `entry`; the marker goes last. */
async function saveBundle(
	bundleDir: string,
	cacheRoot: string,
	entry: string,
	pageCount: number,
): Promise<void> {
	await rm(cacheRoot, { recursive: true, force: true });
	await cp(bundleDir, entry, { recursive: true });
	await writeFile(join(entry, COMPLETE), JSON.stringify({ pageCount }));
}

/**
 * Writes the bundle's files ourselves, each awaited to the end. With Pagefind's own
 * `writeFiles`, one of its files once differed between two identical builds on a loaded machine,
 * likely a write still in flight when its service was closed. Only the files the search page
 * uses are written.
 */
async function writeBundle(
	files: readonly { path: string; content: Uint8Array }[],
	bundleDir: string,
): Promise<void> {
	await rm(bundleDir, { recursive: true, force: true });
	for (const file of files.filter((entry) => isBundleFileServed(entry.path))) {
		const target = join(bundleDir, file.path);
		await mkdir(dirname(target), { recursive: true });
		await writeFile(target, file.content);
	}
}

/**
 * Writes the Pagefind index of the article pages to `<outDir>/pagefind/` when the build is done.
 * Pagefind only reports its errors; this fails the build on any of them, and when the index
 * misses an article page or has none. The last index is kept in the cache folder under a digest of
 * the pages it was built from, and reused while no article page changes.
 */
export function searchIndex({ language }: SearchIndexOptions): AstroIntegration {
	// Set when Astro's config is resolved: where the last index is kept between builds.
	let cacheDir = '';
	let lockfile = '';
	return {
		name: 'search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = fileURLToPath(config.cacheDir);
				lockfile = join(fileURLToPath(config.root), 'package-lock.json');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const bundleDir = join(outDir, 'pagefind');
				const pages = await readArticlePages(outDir);
				// The lockfile pins Pagefind's version; the rest is what this integration tells it.
				const settings = JSON.stringify({
					lockfile: await readFile(lockfile, 'utf8').catch(() => ''),
					language,
					excluded: SEARCH_EXCLUDED,
					glob: INDEXED_PAGES,
				});
				const cacheRoot = join(cacheDir, 'search-index');
				const entry = join(cacheRoot, searchIndexKey(pages, settings));
				const reused = pages.length > 0 ? await restoreBundle(entry, bundleDir) : undefined;
				const errors: string[] = [];
				let pageCount = reused ?? 0;
				if (reused === undefined) {
					try {
						const created = await createIndex({
							forceLanguage: language,
							excludeSelectors: [...SEARCH_EXCLUDED],
						});
						errors.push(...created.errors);
						if (created.index === undefined) {
							errors.push('no index was created');
						} else if (errors.length === 0) {
							const added = await created.index.addDirectory({
								path: outDir,
								glob: INDEXED_PAGES,
							});
							errors.push(...added.errors);
							pageCount = added.page_count;
							if (errors.length === 0 && pageCount > 0) {
								const bundle = await created.index.getFiles();
								errors.push(...bundle.errors);
								if (errors.length === 0) await writeBundle(bundle.files, bundleDir);
							}
						}
					} finally {
						await close();
					}
				}
				const problem = indexingProblem({ errors, pageCount, articlePages: pages.length });
				if (problem !== undefined) throw new Error(`Search index: ${problem}`);
				if (reused === undefined) await saveBundle(bundleDir, cacheRoot, entry, pageCount);
				logger.info(
					reused === undefined
						? `${String(pageCount)} articles indexed in ${bundleDir}`
						: `${String(pageCount)} articles: no article page changed, the last index reused in ${bundleDir}`,
				);
			},
		},
	};
}

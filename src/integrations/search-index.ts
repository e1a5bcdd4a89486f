import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import {
	INDEXED_PAGES,
	SEARCH_EXCLUDED,
	indexingProblem,
	isBundleFileServed,
} from '../lib/site/search-index.ts';

/** Options of the search index integration. */
export interface SearchIndexOptions {
	/**
	 * The one language every article is indexed in (ISO 639-1). Pagefind otherwise writes one
	 * index per `<html lang>` and a page searches only its own, so the English search page would
	 * never find an Arabic article. One index trades language-aware stemming for that.
	 */
	language: string;
}

/** How many article pages (`articles/<slug>/index.html`) an output folder holds. */
async function countArticlePages(outDir: string): Promise<number> {
	try {
		return (await readdir(join(outDir, 'articles'))).length;
	} catch {
		return 0;
	}
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
 * misses an article page or has none.
 */
export function searchIndex({ language }: SearchIndexOptions): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const bundleDir = join(outDir, 'pagefind');
				const errors: string[] = [];
				let pageCount = 0;
				try {
					const created = await createIndex({
						forceLanguage: language,
						excludeSelectors: [...SEARCH_EXCLUDED],
					});
					errors.push(...created.errors);
					if (created.index === undefined) {
						errors.push('no index was created');
					} else if (errors.length === 0) {
						const added = await created.index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
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
				const problem = indexingProblem({
					errors,
					pageCount,
					articlePages: await countArticlePages(outDir),
				});
				if (problem !== undefined) throw new Error(`Search index: ${problem}`);
				logger.info(`${String(pageCount)} articles indexed in ${bundleDir}`);
			},
		},
	};
}

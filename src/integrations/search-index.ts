import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { INDEXED_PAGES, SEARCH_EXCLUDED, indexingProblem } from '../lib/site/search-index.ts';

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
function countArticlePages(outDir: string): number {
	try {
		return readdirSync(join(outDir, 'articles')).length;
	} catch {
		return 0;
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
				const errors: string[] = [];
				let pageCount = 0;
				let outputPath = '';
				try {
					const created = await createIndex({
						forceLanguage: language,
						excludeSelectors: [...SEARCH_EXCLUDED],
					});
					errors.push(...created.errors);
					if (created.index !== undefined && errors.length === 0) {
						const added = await created.index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
						errors.push(...added.errors);
						pageCount = added.page_count;
						if (errors.length === 0 && pageCount > 0) {
							const written = await created.index.writeFiles({
								outputPath: join(outDir, 'pagefind'),
							});
							errors.push(...written.errors);
							outputPath = written.outputPath;
						}
					} else if (created.index === undefined) {
						errors.push('no index was created');
					}
				} finally {
					await close();
				}
				const problem = indexingProblem({
					errors,
					pageCount,
					articlePages: countArticlePages(outDir),
				});
				if (problem !== undefined) throw new Error(`Search index: ${problem}`);
				logger.info(`${String(pageCount)} articles indexed in ${outputPath}`);
			},
		},
	};
}

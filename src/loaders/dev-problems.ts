import type { ArticleProblem } from '../lib/article/article-error.ts';

// The loader and the pages run in one process in `astro dev` but in different module graphs, so
// the problems of the articles saved since start-up live on globalThis, under a registered symbol.
const KEY = Symbol.for('news-reader.article-problems');

function registry(): Map<string, readonly ArticleProblem[]> {
	const holder = globalThis as { [KEY]?: Map<string, readonly ArticleProblem[]> };
	holder[KEY] ??= new Map();
	return holder[KEY];
}

/**
 * Records every current problem of one content folder in `astro dev` (none: all is fixed);
 * `source` names the folder's loader (`articles`, `authors`, `pages`), whose problems it replaces.
 */
export function replaceDevProblems(problems: readonly ArticleProblem[], source = 'articles'): void {
	registry().set(source, problems);
}

/** Every problem of every content file saved with one in `astro dev`, for the error overlay. */
export function devProblems(): ArticleProblem[] {
	return [...registry().values()].flat();
}

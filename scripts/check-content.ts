/**
 * Checks every article, author file and newsroom page without building the site: front matter,
 * body, blocks, duplicate slugs, links to articles that point nowhere, images that are missing or
 * not images, and the pages the site settings name. Prints every problem at once, in the build's
 * own words, and exits 1 when there is any; warnings (a pull quote not found in its article) are
 * printed too, and do not fail it.
 *
 *   npm run check:content
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { ArticleError } from '../src/lib/article/article-error.ts';
import { requiredPages } from '../src/lib/site/newsroom/newsroom-pages.ts';
import { archiveWarnings, loadArchive } from '../src/loaders/article-archive.ts';
import { DISCARD_BODIES } from '../src/loaders/article-body-store.ts';
import { loadAuthors, loadPages } from '../src/loaders/newsroom-files.ts';
import {
	articleParseOptions,
	articlesDir,
	authorsDir,
	pagesDir,
	siteConfig,
} from '../src/site.config.ts';

const root = resolve(import.meta.dirname, '..');
const folder = (dir: string) => ({
	root,
	base: resolve(root, dir),
	articles: resolve(root, articlesDir),
	parse: articleParseOptions,
});
// The same runs as the build's loaders, keeping no body.
const archive = await loadArchive({
	root,
	base: resolve(root, articlesDir),
	parse: articleParseOptions,
	digest: (text) => createHash('sha256').update(text).digest('hex'),
	sink: DISCARD_BODIES,
});
const authors = await loadAuthors(folder(authorsDir));
const pages = await loadPages({
	...folder(pagesDir),
	required: requiredPages(siteConfig.pages),
	configFile: 'src/site.config.ts',
});

// Warnings never fail the check, as they never fail the build.
const warnings = archiveWarnings(archive);
if (warnings !== undefined) console.warn(warnings);

const problems = [...archive.problems, ...authors.problems, ...pages.problems];
if (problems.length > 0) {
	const sources = [archive, authors, pages].filter((found) => found.problems.length > 0).length;
	const noun =
		sources > 1
			? 'content file'
			: archive.problems.length > 0
				? 'article file'
				: authors.problems.length > 0
					? 'author file'
					: 'page file';
	console.error(new ArticleError(problems, noun).message);
	process.exit(1);
}
const plural = (count: number, word: string) => `${String(count)} ${word}${count === 1 ? '' : 's'}`;
console.log(`${plural(archive.files.length, 'article')} checked: no problems`);
console.log(
	`${plural(authors.entries.length, 'author')} and ${plural(pages.entries.length, 'page')} checked: no problems`,
);

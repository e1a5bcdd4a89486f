/**
 * Checks every article without building the site: front matter, body, blocks, duplicate slugs,
 * links between articles that point nowhere, and images that are missing or not images. Prints
 * every problem at once, in the build's own words, and exits 1 when there is any; warnings (a
 * pull quote not found in its article) are printed too, and do not fail it.
 *
 *   npm run check:content
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { ArticleError, warningsMessage } from '../src/lib/article/article-error.ts';
import { loadArchive } from '../src/loaders/article-archive.ts';
import { DISCARD_BODIES } from '../src/loaders/article-body-store.ts';
import { articleParseOptions, articlesDir } from '../src/site.config.ts';

const root = resolve(import.meta.dirname, '..');
// The same run as the build's loader, keeping no body.
const { files, problems, entries } = await loadArchive({
	root,
	base: resolve(root, articlesDir),
	parse: articleParseOptions,
	digest: (text) => createHash('sha256').update(text).digest('hex'),
	sink: DISCARD_BODIES,
});

// Warnings never fail the check, as they never fail the build.
const warnings = entries.flatMap((entry) => entry.article.warnings);
if (warnings.length > 0) console.warn(warningsMessage(warnings));

if (problems.length > 0) {
	console.error(new ArticleError(problems).message);
	process.exit(1);
}
console.log(`${files.length} article${files.length === 1 ? '' : 's'} checked: no problems`);

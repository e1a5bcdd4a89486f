/**
 * Checks every article without building the site: front matter, body, embeds, duplicate slugs,
 * links between articles that point nowhere and missing lead images. Prints every problem at
 * once, in the build's own words, and exits 1 when there is any.
 *
 *   npm run check:content
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ArticleError, type ArticleProblem } from '../src/lib/article/article-error.ts';
import { articleSetProblems, type ArticleSetEntry } from '../src/lib/article/article-set.ts';
import { duplicateSlugProblems } from '../src/lib/article/slugs.ts';
import { imageExistsFrom, listArticleFiles, readSources } from '../src/loaders/article-files.ts';
import { parseAll, type ParseRequest } from '../src/loaders/parse-pool.ts';
import { articleParseOptions, articlesDir } from '../src/site.config.ts';

const root = resolve(import.meta.dirname, '..');
const base = resolve(root, articlesDir);
const { paths, files } = await listArticleFiles(base, root);
const sources = await readSources(paths, files, base);
const problems: ArticleProblem[] = duplicateSlugProblems(files);
const requests: ParseRequest[] = [];
// The pipeline writes bodies as it parses; a check keeps none of them.
const scratch = mkdtempSync(join(tmpdir(), 'check-content-'));
sources.forEach((source, id) => {
	if (typeof source === 'string') {
		requests.push({ id, source, file: files[id] ?? '', bodyFile: join(scratch, `${id}.json`) });
	} else {
		problems.push(source);
	}
});
const entries: ArticleSetEntry[] = [];
try {
	const results = await parseAll(requests, articleParseOptions);
	results.forEach((result, index) => {
		const request = requests[index];
		if (!request) return;
		if (result.stored)
			entries.push({ file: request.file, source: request.source, article: result.stored });
		else if (result.problems) problems.push(...result.problems);
		else throw new Error(`${request.file}: the article pipeline crashed:\n${result.crash}`);
	});
} finally {
	rmSync(scratch, { recursive: true, force: true });
}
problems.push(...articleSetProblems(entries, imageExistsFrom(root)));

if (problems.length > 0) {
	console.error(new ArticleError(problems).message);
	process.exit(1);
}
console.log(`${files.length} article${files.length === 1 ? '' : 's'} checked: no problems`);

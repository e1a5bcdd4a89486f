import type { ArticleProblem } from './article-error.ts';
import { slugOf } from './parse-article.ts';

/**
 * Problems for every file whose slug (its name without folder) an earlier file already has;
 * `files` are in the order they are read, so the first keeps the slug and each later one is named.
 */
export function duplicateSlugProblems(files: readonly string[]): ArticleProblem[] {
	const first = new Map<string, string>();
	const problems: ArticleProblem[] = [];
	for (const file of files) {
		const slug = slugOf(file);
		const earlier = first.get(slug);
		if (earlier === undefined) {
			first.set(slug, file);
			continue;
		}
		problems.push({
			file,
			where: 'file name',
			expected: `expected a slug of its own: "${slug}" is already the slug of ${earlier}`,
			found: `a second "${slug}.md"`,
		});
	}
	return problems;
}

import type { ArticleProblem } from './article-error.ts';
import { slugOf } from './parse-article.ts';

/**
 * A problem for each file whose slug (its name without folder) another file has too. Every file
 * of a clash is named, with the others, since either may be the one added by mistake.
 */
export function duplicateSlugProblems(files: readonly string[]): ArticleProblem[] {
	const bySlug = Map.groupBy(files, (file) => slugOf(file));
	return files.flatMap((file) => {
		const slug = slugOf(file);
		const others = (bySlug.get(slug) ?? []).filter((other) => other !== file);
		if (others.length === 0) return [];
		return [
			{
				file,
				where: 'file name',
				expected: `expected a slug of its own: "${slug}" is also the slug of ${others.join(', ')}`,
				found: `a duplicate slug "${slug}"`,
			},
		];
	});
}

import { describeFound, type ArticleProblem } from './article-error.ts';
import { frontMatterLine } from './front-matter.ts';
import type { ArticleMeta } from './article-schema.ts';

/** What the whole-archive checks need of one parsed article. */
export interface ArticleSetEntry {
	/** The file, as messages show it. */
	file: string;
	/** The file's text, to find the line of a front-matter field. */
	source: string;
	/** The article's slug, its links to other articles and its lead image. */
	article: {
		slug: string;
		articleLinks: readonly { slug: string; line: number }[];
		meta: Pick<ArticleMeta, 'hero'>;
	};
}

/**
 * The problems only the whole archive shows: links to articles that no file defines, and lead
 * images that are not where the front matter says. `imageExists(file, src)` answers for an image
 * path relative to an article file.
 */
export function articleSetProblems(
	entries: readonly ArticleSetEntry[],
	imageExists: (file: string, src: string) => boolean,
): ArticleProblem[] {
	const slugs = new Set(entries.map(({ article }) => article.slug));
	return entries.flatMap(({ file, source, article }) => {
		const problems: ArticleProblem[] = article.articleLinks
			.filter((link) => !slugs.has(link.slug))
			.map((link) => ({
				file,
				line: link.line,
				where: 'body',
				expected: 'expected a link to an article that exists',
				found: `a link to "${link.slug}", which no article file defines`,
			}));
		const hero = article.meta.hero;
		if (hero !== undefined && !imageExists(file, hero.src)) {
			problems.push({
				file,
				line: frontMatterLine(source, 'heroImage'),
				where: 'front matter "heroImage"',
				expected: 'expected the path of an image file, relative to the article file',
				found: `${describeFound(hero.src)}, which does not exist`,
			});
		}
		return problems;
	});
}

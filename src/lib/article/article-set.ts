import { primaryLanguage } from '../core/language.ts';
import { describeFound, type ArticleProblem } from './article-error.ts';
import { frontMatterLine } from './front-matter.ts';
import type { ArticleMeta, LocalImage } from './article-schema.ts';

/** What the whole-archive checks need of one parsed article. */
export interface ArticleSetEntry {
	/** The file, as messages show it. */
	file: string;
	/** The file's text, to find the line of a front-matter field (read only for a problem). */
	readonly source: string;
	/** The article's slug, its links to other articles, its lead image and its body's images. */
	article: {
		slug: string;
		articleLinks: readonly { slug: string; line: number }[];
		meta: Pick<ArticleMeta, 'hero' | 'lang' | 'translatedFrom'>;
		images: readonly LocalImage[];
	};
}

/**
 * A problem for each of `file`'s links to an article whose slug is not in `slugs`: articles link
 * only to articles that exist, and so do the newsroom's pages and author files.
 */
export function brokenArticleLinks(
	file: string,
	links: readonly { slug: string; line: number }[],
	slugs: ReadonlySet<string>,
): ArticleProblem[] {
	return links
		.filter((link) => !slugs.has(link.slug))
		.map((link) => ({
			file,
			line: link.line,
			where: 'body',
			expected: 'expected a link to an article that exists',
			found: `a link to "${link.slug}", which no article file defines`,
		}));
}

/**
 * The problems only the whole archive shows: links to articles that no file defines, a
 * translation whose `translatedFrom.article` names no article or one in its own language, and
 * images (lead and body) that are not where the article says. `imageExists(file, src)` answers for an
 * image path relative to an article file.
 */
export function articleSetProblems(
	entries: readonly ArticleSetEntry[],
	imageExists: (file: string, src: string) => boolean,
): ArticleProblem[] {
	const slugs = new Set(entries.map(({ article }) => article.slug));
	const langs = new Map(entries.map(({ article }) => [article.slug, article.meta.lang]));
	return entries.flatMap((entry) => {
		const { file, article } = entry;
		const problems = brokenArticleLinks(file, article.articleLinks, slugs);
		const original = article.meta.translatedFrom?.article;
		const originalLang = original === undefined ? undefined : langs.get(original);
		if (original !== undefined) {
			const where = 'front matter "translatedFrom.article"';
			// The source is read only for a problem.
			const line = () => nestedFieldLine(entry.source, 'translatedFrom', 'article');
			if (originalLang === undefined) {
				problems.push({
					file,
					line: line(),
					where,
					expected: 'expected the slug of the article this one translates',
					found: `${describeFound(original)}, which no article file defines`,
				});
			} else if (primaryLanguage(originalLang) === primaryLanguage(article.meta.lang)) {
				problems.push({
					file,
					line: line(),
					where,
					expected: `expected an article in another language than this one's ("${article.meta.lang}")`,
					found: `${describeFound(original)}, which is in "${originalLang}" too`,
				});
			}
		}
		const hero = article.meta.hero;
		if (hero !== undefined && !imageExists(file, hero.src)) {
			const line = frontMatterLine(entry.source, 'heroImage');
			problems.push(missingImage(file, line, 'front matter "heroImage"', hero.src));
		}
		for (const image of article.images) {
			if (imageExists(file, image.src)) continue;
			problems.push(missingImage(file, image.line, 'body', image.src));
		}
		return problems;
	});
}

/**
 * The line of `key` inside the front-matter object `field` (`translatedFrom:` then an indented
 * `article:`), else the line of `field` itself (an inline `{ lang: ar, article: x }`).
 */
function nestedFieldLine(source: string, field: string, key: string): number | undefined {
	const start = frontMatterLine(source, field);
	if (start === undefined) return undefined;
	const lines = source.split('\n');
	for (let index = start; index < lines.length; index++) {
		const line = lines[index] ?? '';
		if (!/^\s/.test(line)) break;
		if (line.trimStart().startsWith(`${key}:`)) return index + 1;
	}
	return start;
}

/** The problem of an image at `src` (relative to `file`), named at `line` of `where`, that does not exist. */
function missingImage(
	file: string,
	line: number | undefined,
	where: string,
	src: string,
): ArticleProblem {
	return {
		file,
		line,
		where,
		expected: 'expected the path of an image file, relative to the article file',
		found: `${describeFound(src)}, which does not exist`,
	};
}

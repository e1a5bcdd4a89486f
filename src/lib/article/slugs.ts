import { describeFound, type ArticleProblem } from './article-error.ts';

/** A kebab-case ASCII slug, as an article's file name must be. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The slug of an article file: its name without folder or `.md`. */
export function slugOf(file: string): string {
	return (file.split(/[\\/]/).at(-1) ?? file).replace(/\.md$/i, '');
}

/**
 * The problem with `file`'s name when its slug is not kebab-case ASCII, or none; `example` is a
 * good name for that kind of file (`storm-at-the-embassy.md`).
 */
export function fileNameProblems(file: string, example: string): ArticleProblem[] {
	const slug = slugOf(file);
	return SLUG.test(slug)
		? []
		: [
				{
					file,
					where: 'file name',
					expected: `expected a kebab-case ASCII name such as "${example}"`,
					found: describeFound(slug),
				},
			];
}

const ARTICLE_PATH = /^\/articles\/([^/]+?)(?:\.md)?\/?(?:index\.html)?$/;

/**
 * The slug a relative link in article `from` points at, read as the browser would from the
 * article's own URL (`/articles/<from>/`): `../x/`, `/articles/x/` and `../x.md` all give `x`.
 * `undefined` for links to other pages of the site.
 */
export function linkedSlug(url: string, from: string): string | undefined {
	const slug = linkedArticleSlug(url, `/articles/${from}/`);
	return slug === from ? undefined : slug;
}

/**
 * The slug of the article a relative link points at, read as the browser would from the page at
 * `pagePath` (site-absolute, without base: `/authors/jane-doe/`, `/about/`); `undefined` for links
 * to other pages of the site.
 */
export function linkedArticleSlug(url: string, pagePath: string): string | undefined {
	const { pathname } = new URL(url, `https://site.invalid${pagePath}`);
	return ARTICLE_PATH.exec(decodeURIComponent(pathname))?.[1];
}

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

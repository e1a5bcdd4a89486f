import type { z } from 'zod';
import { resolveDate } from '../core/dates.ts';
import { ArticleError, describeFound, type ArticleProblem } from '../article/article-error.ts';
import { AuthorFrontMatterSchema, type Author } from '../article/author-schema.ts';
import { parseFrontMatter, splitFrontMatter } from '../article/front-matter.ts';
import {
	PageFrontMatterSchema,
	RESERVED_PAGE_SLUGS,
	type SitePage,
} from '../article/page-schema.ts';
import { fileNameProblems, slugOf } from '../article/slugs.ts';
import { parseBody, type BodyResult, type ParseOptions } from './parse-article.ts';

/**
 * The newsroom's own files, parsed like articles: front matter checked by a strict schema (an
 * unknown key is an error, with its line) and the body run through the same Markdown processor,
 * so an author's biography or a policy page is sanitized exactly as an article is.
 */

/** A file's front matter and body, or every problem in it. */
function parseDocument<T>(
	source: string,
	file: string,
	schema: z.ZodType<T>,
	options: {
		lang: string;
		pagePath: (slug: string) => string;
		bodyRequired: boolean;
		what: string;
	},
): { slug: string; data: T; body: BodyResult } {
	const problems = fileNameProblems(file, options.what);
	const slug = slugOf(file);
	const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const split = splitFrontMatter(text, file);
	if (!('yaml' in split)) throw new ArticleError([...problems, split]);
	const front = parseFrontMatter(split.yaml, file, 2, schema);
	problems.push(...front.problems);
	let body: BodyResult | undefined = {
		lead: { parts: [], words: 0 },
		sections: [],
		words: 0,
		articleLinks: [],
		images: [],
		warnings: [],
	};
	if (options.bodyRequired || split.body.trim() !== '') {
		const parsed = parseBody(
			slug,
			split.body,
			split.bodyLine,
			file,
			options.lang,
			options.pagePath(slug),
		);
		problems.push(...parsed.problems);
		body = parsed.result;
		// Photos are an article's: only the article loader hands them to astro:assets.
		for (const image of body?.images ?? [])
			problems.push({
				file,
				line: image.line,
				where: 'body',
				expected:
					'expected no local image in an author or page file (photos belong in articles: link to one instead)',
				found: describeFound(image.src),
			});
	}
	if (problems.length > 0 || front.data === undefined || body === undefined)
		throw new ArticleError(problems);
	return { slug, data: front.data, body };
}

/**
 * Parses an author file (`content/authors/<id>.md`). Throws an `ArticleError` listing every
 * problem in it. The body (a longer biography) may be empty.
 */
export function parseAuthor(source: string, file: string, options: ParseOptions): Author {
	const { slug, data, body } = parseDocument(source, file, AuthorFrontMatterSchema, {
		lang: options.defaultLang,
		pagePath: (id) => `/authors/${id}/`,
		bodyRequired: false,
		what: 'jane-doe.md',
	});
	return {
		id: slug,
		name: data.name,
		...(data.role === undefined ? {} : { role: data.role }),
		...(data.bio === undefined ? {} : { bio: data.bio }),
		...(data.image === undefined ? {} : { imagePath: data.image }),
		links: [...new Set(data.links ?? [])],
		...(data.email === undefined ? {} : { email: data.email }),
		lead: body.lead,
		sections: body.sections,
		articleLinks: body.articleLinks,
	};
}

/**
 * Parses a page file (`content/pages/<slug>.md`, served at `/<slug>/`). Throws an `ArticleError`
 * listing every problem in it; a page needs a body, and a name of its own among the site's sections.
 */
export function parsePage(source: string, file: string, options: ParseOptions): SitePage {
	const slug = slugOf(file);
	const reserved: ArticleProblem[] = RESERVED_PAGE_SLUGS.includes(slug)
		? [
				{
					file,
					where: 'file name',
					expected: `expected a name other than the site's own sections (${RESERVED_PAGE_SLUGS.join(', ')})`,
					found: describeFound(slug),
				},
			]
		: [];
	let parsed: ReturnType<typeof parseDocument<z.infer<typeof PageFrontMatterSchema>>>;
	try {
		parsed = parseDocument(source, file, PageFrontMatterSchema, {
			lang: options.defaultLang,
			pagePath: (page) => `/${page}/`,
			bodyRequired: true,
			what: 'corrections-policy.md',
		});
	} catch (error) {
		if (error instanceof ArticleError) throw new ArticleError([...reserved, ...error.problems]);
		throw error;
	}
	if (reserved.length > 0) throw new ArticleError(reserved);
	const { data, body } = parsed;
	return {
		slug,
		title: data.title,
		description: data.description,
		...(data.updatedDate === undefined
			? {}
			: { updatedDate: resolveDate(data.updatedDate, options.timeZone) }),
		lead: body.lead,
		sections: body.sections,
		articleLinks: body.articleLinks,
	};
}

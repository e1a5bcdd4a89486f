import type { Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { VFile } from 'vfile';
import { resolveDate } from '../core/dates.ts';
import { textDirection } from '../core/language.ts';
import { countWords, readingMinutes } from '../core/words.ts';
import { ArticleError, describeFound, type ArticleProblem } from '../article/article-error.ts';
import type { Article, ArticleMeta, Part } from '../article/article-schema.ts';
import type { FrontMatter } from '../article/front-matter-schema.ts';
import { frontMatterLine, parseFrontMatter, splitFrontMatter } from '../article/front-matter.ts';
import { linkedArticleSlug, linkedSlug, SLUG, slugOf } from '../article/slugs.ts';
import { createArticleProcessor, type ArticleProcessor } from '../markdown/processor.ts';
import { splitSections, trimWhitespace } from '../markdown/sections.ts';

/** Site settings the pipeline needs. */
export interface ParseOptions {
	/** IANA zone calendar dates are read in. */
	timeZone: string;
	/** Language of articles that name none. */
	defaultLang: string;
}

let sharedProcessor: ArticleProcessor | undefined;

/**
 * Parses one article file into a typed `Article`. Throws an `ArticleError` listing every
 * problem in the file (front matter, body, file name), each with the file, line and what was
 * expected.
 */
export function parseArticle(source: string, file: string, options: ParseOptions): Article {
	const problems: ArticleProblem[] = [];
	const slug = slugOf(file);
	if (!SLUG.test(slug)) {
		problems.push({
			file,
			where: 'file name',
			expected: 'expected a kebab-case ASCII name such as "storm-at-the-embassy.md"',
			found: describeFound(slug),
		});
	}
	const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const split = splitFrontMatter(text, file);
	if (!('yaml' in split)) throw new ArticleError([...problems, split]);

	const front = parseFrontMatter(split.yaml, file, 2);
	problems.push(...front.problems);
	if (front.data) problems.push(...checkDates(front.data, options.timeZone, file, text));

	const body = parseBody(
		slug,
		split.body,
		split.bodyLine,
		file,
		front.data?.lang ?? options.defaultLang,
	);
	problems.push(...body.problems);

	if (problems.length > 0 || !front.data || !body.result) throw new ArticleError(problems);
	const meta = resolveMeta(front.data, options);
	return { slug, meta, ...body.result, readingMinutes: readingMinutes(body.result.words) };
}

function checkDates(
	data: FrontMatter,
	timeZone: string,
	file: string,
	source: string,
): ArticleProblem[] {
	if (data.updatedDate === undefined) return [];
	const published = resolveDate(data.pubDate, timeZone).epochMs;
	const updated = resolveDate(data.updatedDate, timeZone).epochMs;
	if (updated >= published) return [];
	return [
		{
			file,
			line: frontMatterLine(source, 'updatedDate'),
			where: 'front matter "updatedDate"',
			expected: `expected a date not before pubDate (${data.pubDate})`,
			found: describeFound(data.updatedDate),
		},
	];
}

function resolveMeta(data: FrontMatter, options: ParseOptions): ArticleMeta {
	const lang = data.lang ?? options.defaultLang;
	return {
		title: data.title,
		description: data.description,
		type: data.type ?? 'news',
		pubDate: resolveDate(data.pubDate, options.timeZone),
		...(data.updatedDate === undefined
			? {}
			: { updatedDate: resolveDate(data.updatedDate, options.timeZone) }),
		authors: typeof data.author === 'string' ? [data.author] : data.author,
		tags: [...new Set(data.tags ?? [])],
		...(data.dateline === undefined ? {} : { dateline: data.dateline }),
		lang,
		dir: textDirection(lang),
		...(data.translatedFrom === undefined ? {} : { translatedFrom: data.translatedFrom }),
		...(data.heroImage === undefined || data.heroAlt === undefined
			? {}
			: {
					hero: {
						src: data.heroImage,
						alt: data.heroAlt,
						...(data.heroCaption === undefined ? {} : { caption: data.heroCaption }),
						...(data.heroCredit === undefined ? {} : { credit: data.heroCredit }),
					},
				}),
		corrections: (data.corrections ?? [])
			.map((c) => ({ date: resolveDate(c.date, options.timeZone), text: c.text }))
			.sort((a, b) => a.date.epochMs - b.date.epochMs),
		draft: data.draft ?? false,
	};
}

/** The problem of a body with nothing to read. */
function noText(file: string, line: number, found: string): ArticleProblem {
	return {
		file,
		line,
		where: 'body',
		expected: 'expected the article text after the front matter',
		found,
	};
}

/** A parsed body: lead, sections, words and links to articles. */
export type BodyResult = Pick<Article, 'lead' | 'sections' | 'words' | 'articleLinks'>;

/**
 * A run of nodes as parts: each block on its own, the nodes between blocks as one run of HTML.
 * Words are counted in the HTML runs only: a block's words are the interface's or its data's.
 */
function toParts(nodes: readonly RootContent[], lang: string): { parts: Part[]; words: number } {
	const parts: Part[] = [];
	let run: RootContent[] = [];
	let text = '';
	const flush = () => {
		if (run.length === 0) return;
		const root: Root = { type: 'root', children: trimWhitespace(run) };
		text += ` ${toString(root)}`;
		const html = toHtml(root);
		if (html.trim() !== '') parts.push({ kind: 'html', html });
		run = [];
	};
	for (const node of nodes) {
		if (node.type === 'articleBlock') {
			flush();
			parts.push(node.block);
		} else {
			run.push(node);
		}
	}
	flush();
	return { parts, words: countWords(text, lang) };
}

/**
 * Parses a Markdown body (from file line `bodyLine`) through the article processor: sanitized
 * parts, sections, words and the links to articles it makes. Links are read from the page of
 * article `slug`, or from `pagePath` (site-absolute) for another page (an author's, a site page).
 */
export function parseBody(
	slug: string,
	markdown: string,
	bodyLine: number,
	file: string,
	lang: string,
	pagePath?: string,
): { result?: BodyResult; problems: ArticleProblem[] } {
	if (markdown.trim() === '') {
		return { problems: [noText(file, bodyLine, 'an empty body')] };
	}
	sharedProcessor ??= createArticleProcessor();
	const vfile = new VFile({ path: file, value: markdown });
	const tree = sharedProcessor.runSync(sharedProcessor.parse(vfile), vfile);
	const problems = vfile.messages.map((message): ArticleProblem => ({
		file,
		line: message.line === undefined ? undefined : message.line + bodyLine - 1,
		where: 'body',
		expected: message.reason,
	}));
	if (problems.length > 0) return { problems };

	const split = splitSections(tree);
	const lead = toParts(split.lead, lang);
	const sections = split.sections.map((section) => {
		const content = toParts(section.children, lang);
		return {
			id: section.id,
			title: section.title,
			parts: content.parts,
			words: content.words + countWords(section.title, lang),
		};
	});
	const words = lead.words + sections.reduce((sum, section) => sum + section.words, 0);
	if (words === 0) {
		return { problems: [noText(file, bodyLine, 'no words')] };
	}
	const articleLinks = (vfile.data.localLinks ?? []).flatMap(({ url, line }) => {
		const target =
			pagePath === undefined ? linkedSlug(url, slug) : linkedArticleSlug(url, pagePath);
		return target === undefined ? [] : [{ slug: target, line: line + bodyLine - 1 }];
	});
	return { result: { lead, sections, words, articleLinks }, problems: [] };
}

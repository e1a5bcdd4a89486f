import type { Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { VFile } from 'vfile';
import { resolveDate } from '../site/dates.ts';
import { createArticleProcessor, type ArticleProcessor } from '../markdown/processor.ts';
import { playerUrl, videoFacade, type VideoFacadeStrings } from '../markdown/video-facade.ts';
import { ArticleError, describeFound, type ArticleProblem } from './article-error.ts';
import { parseFrontMatter, splitFrontMatter } from './front-matter.ts';
import { countWords, readingMinutes } from './reading-time.ts';
import {
	RTL_LANGUAGES,
	assertNever,
	type Article,
	type ArticleMeta,
	type Embed,
	type FrontMatter,
} from './schema.ts';
import { splitSections } from './sections.ts';

/** Site settings the pipeline needs. */
export interface ParseOptions {
	/** IANA zone calendar dates are read in. */
	timeZone: string;
	/** Language of articles that name none. */
	defaultLang: string;
	/** Player URL template with `{videoId}`, `{account}` and `{player}`. */
	videoPlayerUrl: string;
	/** Facade words; English when absent. */
	videoStrings?: VideoFacadeStrings;
}

const ENGLISH_VIDEO: VideoFacadeStrings = {
	play: 'Play video',
	note: "Opens the video provider's player",
	caption: 'Video',
};

/** A kebab-case ASCII slug, as a file name must be. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

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
	if (front.data) problems.push(...checkDates(front.data, options.timeZone, file, split.yaml));

	const body = parseBody(
		slug,
		split.body,
		split.bodyLine,
		file,
		options,
		front.data?.lang ?? options.defaultLang,
	);
	problems.push(...body.problems);

	if (problems.length > 0 || !front.data || !body.result) throw new ArticleError(problems);
	const meta = resolveMeta(front.data, options);
	return { slug, meta, ...body.result, readingMinutes: readingMinutes(body.result.words) };
}

const ARTICLE_PATH = /^\/articles\/([^/]+?)(?:\.md)?\/?(?:index\.html)?$/;

/**
 * The slug a relative link in article `from` points at, read as the browser would from the
 * article's own URL (`/articles/<from>/`): `../x/`, `/articles/x/` and `../x.md` all give `x`.
 * `undefined` for links to other pages of the site.
 */
export function linkedSlug(url: string, from: string): string | undefined {
	const { pathname } = new URL(url, `https://site.invalid/articles/${from}/`);
	const slug = ARTICLE_PATH.exec(decodeURIComponent(pathname))?.[1];
	return slug === undefined || slug === from ? undefined : slug;
}

/** The slug of an article file: its name without folder or `.md`. */
export function slugOf(file: string): string {
	return (file.split(/[\\/]/).at(-1) ?? file).replace(/\.md$/i, '');
}

function checkDates(
	data: FrontMatter,
	timeZone: string,
	file: string,
	yaml: string,
): ArticleProblem[] {
	if (data.updatedDate === undefined) return [];
	const published = resolveDate(data.pubDate, timeZone).epochMs;
	const updated = resolveDate(data.updatedDate, timeZone).epochMs;
	if (updated >= published) return [];
	const index = yaml.split('\n').findIndex((line) => line.startsWith('updatedDate:'));
	return [
		{
			file,
			line: index === -1 ? undefined : index + 2,
			where: 'front matter "updatedDate"',
			expected: `expected a date not before pubDate (${data.pubDate})`,
			found: describeFound(data.updatedDate),
		},
	];
}

function resolveMeta(data: FrontMatter, options: ParseOptions): ArticleMeta {
	const lang = data.lang ?? options.defaultLang;
	const primary = (lang.split('-')[0] ?? lang).toLowerCase();
	return {
		title: data.title,
		description: data.description,
		pubDate: resolveDate(data.pubDate, options.timeZone),
		...(data.updatedDate === undefined
			? {}
			: { updatedDate: resolveDate(data.updatedDate, options.timeZone) }),
		authors: typeof data.author === 'string' ? [data.author] : data.author,
		tags: [...new Set(data.tags ?? [])],
		...(data.dateline === undefined ? {} : { dateline: data.dateline }),
		lang,
		dir: RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr',
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

type BodyResult = Pick<Article, 'lead' | 'sections' | 'embeds' | 'words' | 'articleLinks'>;

function parseBody(
	slug: string,
	markdown: string,
	bodyLine: number,
	file: string,
	options: ParseOptions,
	lang: string,
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
	const embeds: Embed[] = [];
	const render = (nodes: RootContent[], section: string | null) => {
		// Words are counted before embeds become markup: a facade's link text is not the story's.
		const words = countWords(toString({ type: 'root', children: nodes }), lang);
		const rendered = nodes.map((node) =>
			node.type === 'articleEmbed' ? renderEmbed(node.embed, section) : node,
		);
		const root: Root = { type: 'root', children: rendered };
		return { html: toHtml(root), words };
	};
	const renderEmbed = (data: Omit<Embed, 'section'>, section: string | null) => {
		const embed: Embed = { ...data, section };
		embeds.push(embed);
		switch (embed.kind) {
			case 'video':
				return videoFacade(
					embed,
					playerUrl(options.videoPlayerUrl, embed),
					options.videoStrings ?? ENGLISH_VIDEO,
				);
			default:
				return assertNever(embed.kind);
		}
	};
	const lead = render(split.lead, null);
	const sections = split.sections.map((section) => {
		const content = render(section.children, section.id);
		return {
			id: section.id,
			title: section.title,
			html: content.html,
			words: content.words + countWords(section.title, lang),
		};
	});
	const words = lead.words + sections.reduce((sum, section) => sum + section.words, 0);
	if (words === 0) {
		return { problems: [noText(file, bodyLine, 'no words')] };
	}
	const articleLinks = (vfile.data.localLinks ?? []).flatMap(({ url, line }) => {
		const target = linkedSlug(url, slug);
		return target === undefined ? [] : [{ slug: target, line: line + bodyLine - 1 }];
	});
	return { result: { lead, sections, embeds, words, articleLinks }, problems: [] };
}

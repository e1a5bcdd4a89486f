import type { Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { VFile } from 'vfile';
import { resolveDate } from '../core/dates.ts';
import { textDirection } from '../core/language.ts';
import { countWords, hasWordsOf, readingMinutes } from '../core/words.ts';
import { ArticleError, describeFound, type ArticleProblem } from '../article/article-error.ts';
import type { Article, ArticleMeta, Live, LiveUpdate, Part } from '../article/article-schema.ts';
import type { FrontMatter } from '../article/front-matter-schema.ts';
import { frontMatterLine, parseFrontMatter, splitFrontMatter } from '../article/front-matter.ts';
import { fileNameProblems, linkedArticleSlug, linkedSlug, slugOf } from '../article/slugs.ts';
import { finishBlock, type BlockSlot } from '../markdown/article-block-node.ts';
import { splitLiveBody, type UpdateSource } from '../markdown/live-updates.ts';
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
	const problems = fileNameProblems(file, 'storm-at-the-embassy.md');
	const slug = slugOf(file);
	const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const split = splitFrontMatter(text, file);
	if (!('yaml' in split)) throw new ArticleError([...problems, split]);

	const front = parseFrontMatter(split.yaml, file, 2);
	problems.push(...front.problems);
	if (front.data) problems.push(...checkDates(front.data, options.timeZone, file, text));

	const lang = front.data?.lang ?? options.defaultLang;
	const liveInput = front.data?.live;
	const liveBody =
		liveInput === undefined ? undefined : splitLiveBody(split.body, split.bodyLine, file);
	if (liveBody) problems.push(...liveBody.problems);
	const body = parseBody(slug, liveBody?.summary ?? split.body, split.bodyLine, file, lang);
	problems.push(...body.problems);
	const live =
		liveInput === undefined || liveBody === undefined
			? undefined
			: parseUpdates(slug, liveInput, liveBody.updates, file, text, lang, options);
	if (live) problems.push(...live.problems);

	if (problems.length > 0 || !front.data || !body.result) throw new ArticleError(problems);
	const meta = resolveMeta(front.data, options);
	if (!live?.result) {
		return { slug, meta, ...body.result, readingMinutes: readingMinutes(body.result.words) };
	}
	const words = body.result.words + live.result.words;
	return {
		slug,
		meta,
		...body.result,
		words,
		readingMinutes: readingMinutes(words),
		articleLinks: [...body.result.articleLinks, ...live.result.articleLinks],
		images: [...body.result.images, ...live.result.images],
		warnings: [...body.result.warnings, ...live.result.warnings],
		live: live.result.live,
	};
}

/** The parsed updates of a live article, with what they add to its words, links, images and warnings. */
type ParsedLive = Pick<Article, 'words' | 'articleLinks' | 'images' | 'warnings'> & {
	live: Live;
};

/**
 * Parses each update's Markdown through the article pipeline and checks its time: not before
 * `start`, not after `end`, and no two updates at the same second (their permalinks would clash).
 * The updates come back newest first. Whether one is in the future depends on the build's clock,
 * which the pipeline never reads: `liveTimeProblems` checks that at build time.
 */
function parseUpdates(
	slug: string,
	input: NonNullable<FrontMatter['live']>,
	updates: readonly UpdateSource[],
	file: string,
	source: string,
	lang: string,
	options: ParseOptions,
): { result?: ParsedLive; problems: ArticleProblem[] } {
	const problems: ArticleProblem[] = [];
	const start = resolveDate(input.start, options.timeZone);
	const end = input.end === undefined ? undefined : resolveDate(input.end, options.timeZone);
	if (end !== undefined && end.epochMs < start.epochMs) {
		problems.push({
			file,
			line: frontMatterLine(source, 'live'),
			where: 'front matter "live.end"',
			expected: `expected a date-time not before live.start (${input.start})`,
			found: describeFound(input.end),
		});
	}
	const parsed: LiveUpdate[] = [];
	const extra: Omit<ParsedLive, 'live'> = { words: 0, articleLinks: [], images: [], warnings: [] };
	const seen = new Map<string, UpdateSource>();
	for (const update of updates) {
		const time = resolveDate(update.time, options.timeZone);
		const problem = (expected: string) =>
			problems.push({
				file,
				line: update.line,
				where: update.name,
				expected,
				found: describeFound(update.time),
			});
		if (time.epochMs < start.epochMs)
			problem(`expected a time not before the coverage's start (live.start ${input.start})`);
		if (end !== undefined && time.epochMs > end.epochMs)
			problem(`expected a time not after the coverage's end (live.end ${input.end ?? ''})`);
		const id = updateId(time.epochMs);
		const twin = seen.get(id);
		if (twin !== undefined)
			problem(
				`expected each update at a time of its own, to the second (its permalink is #${id}), but the update on line ${String(twin.line)} has it too`,
			);
		seen.set(id, update);
		let parts: LiveUpdate['parts'] = [];
		let words = update.title === undefined ? 0 : countWords(update.title, lang);
		if (update.markdown.trim() === '') {
			if (update.title === undefined)
				problem('expected the text of the update, or at least its title=…, found neither');
		} else {
			const body = parseBody(slug, update.markdown, update.markdownLine, file, lang);
			problems.push(...body.problems);
			if (body.result) {
				parts = body.result.lead.parts;
				words += body.result.words;
				extra.articleLinks.push(...body.result.articleLinks);
				extra.images.push(...body.result.images);
				extra.warnings.push(...body.result.warnings);
			}
		}
		extra.words += words;
		parsed.push({
			id,
			time,
			key: update.key,
			...(update.title === undefined ? {} : { title: update.title }),
			line: update.line,
			parts,
			words,
		});
	}
	if (problems.length > 0) return { problems };
	parsed.sort((a, b) => b.time.epochMs - a.time.epochMs);
	return {
		result: {
			live: { start, ...(end === undefined ? {} : { end }), updates: parsed },
			...extra,
		},
		problems,
	};
}

/** The fragment of an update's permalink: `update-` and its instant in UTC, to the second. */
export function updateId(epochMs: number): string {
	return `update-${new Date(epochMs).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
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
		...(data.translatedBy === undefined
			? {}
			: {
					translatedBy:
						typeof data.translatedBy === 'string' ? [data.translatedBy] : data.translatedBy,
				}),
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

/** A parsed body: lead, sections, words, links to articles, local images and warnings. */
export type BodyResult = Pick<
	Article,
	'lead' | 'sections' | 'words' | 'articleLinks' | 'images' | 'warnings'
>;

/** A pull quote of the body, to check against the article's text once all of it is known. */
interface PendingQuote {
	/** The quote's text. */
	text: string;
	/** Its 1-based line in the body. */
	line: number;
}

/** The trusted tree's nodes as text and HTML, once. */
function slotHtml(slot: BlockSlot): { html: string; text: string } {
	const root: Root = { type: 'root', children: trimWhitespace(slot.children as RootContent[]) };
	return { html: toHtml(root), text: toString(root) };
}

/**
 * A run of nodes as parts: each block on its own, the nodes between blocks as one run of HTML.
 * Words are counted in the HTML runs and in the author's text inside blocks (captions, facts,
 * events, posts), not in a pull quote (which repeats the article) nor in the interface's words.
 * Pull quotes are kept in `quotes`, and `text` is the rest, for checking them.
 */
function toParts(
	nodes: readonly RootContent[],
	lang: string,
	quotes: PendingQuote[],
): { parts: Part[]; words: number; text: string } {
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
			const quote = node.block.kind === 'pullquote';
			parts.push(
				finishBlock(node, (slot) => {
					const rendered = slotHtml(slot);
					if (quote) quotes.push({ text: rendered.text, line: node.position?.start.line ?? 1 });
					else text += ` ${rendered.text}`;
					return { kind: 'html', html: rendered.html };
				}),
			);
		} else {
			run.push(node);
		}
	}
	flush();
	return { parts, words: countWords(text, lang), text };
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
	const quotes: PendingQuote[] = [];
	const lead = toParts(split.lead, lang, quotes);
	let text = lead.text;
	const sections = split.sections.map((section) => {
		const content = toParts(section.children, lang, quotes);
		text += ` ${section.title} ${content.text}`;
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
	const images = (vfile.data.localImages ?? []).map(({ src, line }) => ({
		src,
		line: line + bodyLine - 1,
	}));
	const warnings = quotes
		.filter((quote) => !hasWordsOf(text, quote.text, lang))
		.map((quote): ArticleProblem => ({
			file,
			line: quote.line + bodyLine - 1,
			where: 'body',
			expected: "expected the words of a pull quote to be the article's own, as written in it",
			found: `${describeFound(quote.text.trim())}, which the article's text does not contain`,
		}));
	return {
		result: {
			lead: { parts: lead.parts, words: lead.words },
			sections,
			words,
			articleLinks,
			images,
			warnings,
		},
		problems: [],
	};
}

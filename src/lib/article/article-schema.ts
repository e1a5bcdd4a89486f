import { z } from 'zod';
import type { ArticleDate } from '../core/dates.ts';
import type { ArticleProblem } from './article-error.ts';
import { ARTICLE_TYPES } from './front-matter-schema.ts';

/**
 * A resolved date (`ArticleDate` of core/dates.ts). `iso` is what `<time datetime>` carries:
 * `2019-12-31` for a calendar date, a full ISO 8601 instant with offset otherwise.
 */
export const ArticleDateSchema = z.strictObject({
	/** `YYYY-MM-DD` for a calendar date, or the date-time as written (with offset). */
	iso: z.string(),
	/** Whether the author gave a time of day; a calendar date is never shown with one. */
	hasTime: z.boolean(),
	/** Milliseconds since the epoch; a calendar date counts from its midnight in the site's time zone. */
	epochMs: z.number(),
}) satisfies z.ZodType<ArticleDate>;

/** A run of sanitized HTML from the article's Markdown. */
export const HtmlPartSchema = z.strictObject({
	kind: z.literal('html'),
	/** Sanitized HTML: only what the sanitizer's allow-list lets through. */
	html: z.string(),
});
export type HtmlPart = z.infer<typeof HtmlPartSchema>;

/** A video player embed, recognised from player residue or `::video{...}`. */
export const VideoBlockSchema = z.strictObject({
	kind: z.literal('video'),
	/** The numeric video id (13 digits in player residue). */
	videoId: z.string().regex(/^\d+$/),
	/** The player account id (a UUID in player residue). */
	account: z.string().min(1),
	/** The player id (a UUID in player residue). */
	player: z.string().min(1),
});
export type VideoBlock = z.infer<typeof VideoBlockSchema>;

/**
 * One photograph and what is printed under it: a body image (`![alt](./images/x.jpg)`), a
 * `:::figure`, or one image of a `:::gallery`.
 */
export const FigureImageSchema = z.strictObject({
	/**
	 * The image file, relative to the article file as written (`./images/gate.jpg`): a .jpg,
	 * .jpeg, .png, .webp or .avif file that `astro:assets` resizes. The page finds its derived files
	 * under this key.
	 */
	src: z.string().min(1),
	/** The text alternative: what the image shows, for readers who cannot see it. Never empty. */
	alt: z.string().min(1),
	/**
	 * What the image shows, printed under it: sanitized HTML of the author's inline Markdown (the
	 * figure's content, or a Markdown image's title). Absent when the article gives none.
	 */
	caption: HtmlPartSchema.optional(),
	/**
	 * Who made the image (`Jane Doe/Agency`), as the article gives it. Absent when the article
	 * gives none; the page then prints the credit the image file carries (IPTC/XMP), if any.
	 */
	credit: z.string().min(1).optional(),
});
export type FigureImage = z.infer<typeof FigureImageSchema>;

/**
 * Why a figure or gallery is hidden until the reader opens it (`sensitive="Shows the injured"`):
 * the page renders it inside a closed `<details>` whose summary gives this reason, so its images
 * are not even fetched before the reader asks. Absent for an ordinary image.
 */
const SensitiveSchema = z.string().min(1).optional();

/** One image with its caption and credit: a body image or a `:::figure{src alt credit}`. */
export const FigureBlockSchema = FigureImageSchema.extend({
	kind: z.literal('figure'),
	/** See `SensitiveSchema`: the reason the image is hidden until the reader opens it. */
	sensitive: SensitiveSchema,
});
export type FigureBlock = z.infer<typeof FigureBlockSchema>;

/** Several figures shown as a grid (`:::gallery`), each with its own caption and credit. */
export const GalleryBlockSchema = z.strictObject({
	kind: z.literal('gallery'),
	/** The images, in the order written; at least two. */
	figures: z.array(FigureImageSchema).min(2),
	/** See `SensitiveSchema`: the reason the whole gallery is hidden until the reader opens it. */
	sensitive: SensitiveSchema,
});
export type GalleryBlock = z.infer<typeof GalleryBlockSchema>;

/** A sentence of the article set apart in large type (`:::pullquote{cite=…}`). */
export const PullquoteBlockSchema = z.strictObject({
	kind: z.literal('pullquote'),
	/**
	 * The quoted words, sanitized HTML. They should repeat the article's own text: the build warns
	 * (never fails) when they do not appear in it.
	 */
	quote: HtmlPartSchema,
	/** Who said them, printed under the quote; absent when the article names nobody. */
	cite: z.string().min(1).optional(),
});
export type PullquoteBlock = z.infer<typeof PullquoteBlockSchema>;

/** Key facts in a box beside the story (`:::factbox{title=…}`). */
export const FactboxBlockSchema = z.strictObject({
	kind: z.literal('factbox'),
	/** The box's heading (`Key facts`). */
	title: z.string().min(1),
	/** The facts, sanitized HTML (usually a list). */
	content: HtmlPartSchema,
});
export type FactboxBlock = z.infer<typeof FactboxBlockSchema>;

/** One dated event of a timeline (`- 2019-12-29: US strikes on five sites`). */
export const TimelineEventSchema = z.strictObject({
	/**
	 * When it happened, as written and checked like a front-matter date: a calendar date
	 * (`2019-12-29`) or a date-time with offset (`2019-12-29T14:00:00+03:00`).
	 */
	date: z.string().min(1),
	/** What happened, sanitized HTML. */
	text: HtmlPartSchema,
});

/** A sequence of dated events (`:::timeline` around a list), in the order written. */
export const TimelineBlockSchema = z.strictObject({
	kind: z.literal('timeline'),
	/** The events; at least one. */
	events: z.array(TimelineEventSchema).min(1),
});
export type TimelineBlock = z.infer<typeof TimelineBlockSchema>;

/**
 * A social media post kept as a static snapshot (`:::post{url author handle date}`): the words,
 * who posted them and when, and a link to the original. Nothing is ever loaded from the network,
 * and the card stays readable when the original is deleted.
 */
export const PostBlockSchema = z.strictObject({
	kind: z.literal('post'),
	/** The original post's address: `http:` or `https:` only. */
	url: z.string().regex(/^https?:\/\/[^\s]+$/i),
	/** Who posted it, as a reader knows them (`Donald J. Trump`). */
	author: z.string().min(1),
	/** Their account name, as written (`@realDonaldTrump`); absent when the article gives none. */
	handle: z.string().min(1).optional(),
	/** When it was posted: a calendar date or a date-time with offset, as front-matter dates. */
	date: z.string().min(1),
	/** The post's words, sanitized HTML. */
	text: HtmlPartSchema,
});
export type PostBlock = z.infer<typeof PostBlockSchema>;

/**
 * Every kind of block an article body holds between its runs of HTML: typed data that the
 * pipeline recognises and a component renders, never HTML made in the pipeline. Author text
 * inside a block (a caption, a quote) is sanitized like the body and kept as an `HtmlPart`.
 */
export const BlockSchema = z.discriminatedUnion('kind', [
	VideoBlockSchema,
	FigureBlockSchema,
	GalleryBlockSchema,
	PullquoteBlockSchema,
	FactboxBlockSchema,
	TimelineBlockSchema,
	PostBlockSchema,
]);
export type Block = z.infer<typeof BlockSchema>;

/** One part of the lead or of a section: a run of sanitized HTML, or a block. */
export const PartSchema = z.discriminatedUnion('kind', [HtmlPartSchema, ...BlockSchema.options]);
export type Part = z.infer<typeof PartSchema>;

/** One `## ` section of the body: its heading and the parts that follow it. */
export const SectionSchema = z.strictObject({
	/** Unique id from the heading text (Unicode kept), the fragment of its anchor. */
	id: z.string().min(1),
	/** The heading's text. */
	title: z.string(),
	/** The section's content, heading excluded, in reading order. */
	parts: z.array(PartSchema),
	/** Words in the heading and content. */
	words: z.int().nonnegative(),
});
export type Section = z.infer<typeof SectionSchema>;

/** The content before the first `## ` heading. */
export const LeadSchema = z.strictObject({
	/** The lead's content, in reading order. */
	parts: z.array(PartSchema),
	/** Words in the lead. */
	words: z.int().nonnegative(),
});
export type Lead = z.infer<typeof LeadSchema>;

/**
 * One update of a live article: a `:::update{time key title}` block of its body. Its `id` is the
 * page fragment of its permalink (`update-20191231T110500Z`, the instant in UTC), so it stays the
 * same across rebuilds and whatever page the update falls on.
 */
export const LiveUpdateSchema = z.strictObject({
	/** The fragment of the update's permalink: `update-` and its instant in UTC, to the second. */
	id: z.string().regex(/^update-\d{8}T\d{6}Z$/),
	/** When it was posted: a date-time with offset, as written. */
	time: ArticleDateSchema,
	/** Whether it is a key event, listed under "Key events" at the top of the page. */
	key: z.boolean(),
	/** Its headline, as written (plain text); required on key events. */
	title: z.string().min(1).optional(),
	/** 1-based line of the file its `:::update` opens on. */
	line: z.int().positive(),
	/** Its content, in reading order. */
	parts: z.array(PartSchema),
	/** Words in its title and content. */
	words: z.int().nonnegative(),
});
export type LiveUpdate = z.infer<typeof LiveUpdateSchema>;

/**
 * Live coverage (`live:` in the front matter): when it started, when it ended (absent while it
 * runs), and its updates, newest first. The article's lead and sections are its summary.
 */
export const LiveSchema = z.strictObject({
	/** When the coverage started (a date-time with offset). */
	start: ArticleDateSchema,
	/** When it ended; absent while it is live. */
	end: ArticleDateSchema.optional(),
	/** The updates, newest first. */
	updates: z.array(LiveUpdateSchema),
});
export type Live = z.infer<typeof LiveSchema>;

/** Metadata resolved from the front matter: defaults applied, dates resolved, `dir` derived. */
export const ArticleMetaSchema = z.strictObject({
	/** The headline. */
	title: z.string(),
	/** The standfirst. */
	description: z.string(),
	/** What kind of article it is (`news` when the front matter gives none). */
	type: z.enum(ARTICLE_TYPES),
	/** First publication. */
	pubDate: ArticleDateSchema,
	/** Last substantive update, when there was one. */
	updatedDate: ArticleDateSchema.optional(),
	/** The byline, always a list. */
	authors: z.array(z.string()).min(1),
	/** Topics, in the order written, without duplicates. */
	tags: z.array(z.string()),
	/** Where the story was reported from. */
	dateline: z.string().optional(),
	/** BCP 47 tag of the article's language. */
	lang: z.string(),
	/** Text direction, from `lang`. */
	dir: z.enum(['ltr', 'rtl']),
	/** The original this text is a translation of. */
	translatedFrom: z
		.strictObject({
			lang: z.string(),
			title: z.string().optional(),
			url: z.string().optional(),
			/** The original's slug, when it is an article of this site. */
			article: z.string().optional(),
		})
		.optional(),
	/** Who translated the text, when the front matter names them. */
	translatedBy: z.array(z.string()).optional(),
	/** Lead image path, relative to the article file, its text alternative, caption and credit. */
	hero: z
		.strictObject({
			src: z.string(),
			alt: z.string(),
			caption: z.string().optional(),
			credit: z.string().optional(),
		})
		.optional(),
	/** Published corrections, oldest first. */
	corrections: z.array(z.strictObject({ date: ArticleDateSchema, text: z.string() })),
	/** Whether the article is a draft. */
	draft: z.boolean(),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

/** An image of the body that is a file next to the article, with the file line it is on. */
export const LocalImageSchema = z.strictObject({
	/** The path as written, relative to the article file (`./images/gate.jpg`). */
	src: z.string().min(1),
	/** 1-based line of the article file. */
	line: z.int().positive(),
});
export type LocalImage = z.infer<typeof LocalImageSchema>;

/** A problem in an article file (`ArticleProblem` of article-error.ts), as data. */
export const ArticleProblemSchema = z.strictObject({
	/** The file, as given to `parseArticle`. */
	file: z.string(),
	/** 1-based line in the file, when the problem has one. */
	line: z.int().positive().optional(),
	/** Where in the file: `front matter "pubDate"`, `body`. */
	where: z.string(),
	/** What was expected, starting with "expected". */
	expected: z.string(),
	/** What was found instead, already quoted or described. */
	found: z.string().optional(),
}) satisfies z.ZodType<ArticleProblem>;

/**
 * The rights an image file declares about itself in its embedded IPTC or XMP metadata, read by
 * the build. Each field is absent when the file does not say.
 */
export const ImageRightsSchema = z.strictObject({
	/** The credit line to print (IPTC Credit Line, XMP `photoshop:Credit`): `Jane Doe/Agency`. */
	credit: z.string().min(1).optional(),
	/** Who made the image (IPTC By-line, XMP `dc:creator`). */
	creator: z.string().min(1).optional(),
	/** The copyright notice (IPTC Copyright Notice, XMP `dc:rights`): `© 2019 Agency`. */
	copyright: z.string().min(1).optional(),
});
export type ImageRights = z.infer<typeof ImageRightsSchema>;

/** What the pipeline returns for one article file. */
export const ArticleSchema = z.strictObject({
	/** URL slug, from the file name. */
	slug: z.string(),
	/** The resolved front matter. */
	meta: ArticleMetaSchema,
	/** The content before the first section. */
	lead: LeadSchema,
	/** The `## ` sections, in order. */
	sections: z.array(SectionSchema),
	/** Words in the body (lead and sections). */
	words: z.int().nonnegative(),
	/** Reading time in whole minutes, at least 1. */
	readingMinutes: z.int().positive(),
	/** Links to other articles of the site, by slug, with the file line they are on. */
	articleLinks: z.array(z.strictObject({ slug: z.string(), line: z.int().positive() })),
	/**
	 * The body's images that are files next to the article (figures, galleries, body images), in
	 * reading order: the build checks, resizes and credits each.
	 */
	images: z.array(LocalImageSchema),
	/**
	 * What the build reports without failing (a pull quote whose words are not in the article),
	 * logged at every build until fixed.
	 */
	warnings: z.array(ArticleProblemSchema),
	/** Live coverage: present when the front matter has `live:` (see `LiveSchema`). */
	live: LiveSchema.optional(),
});
export type Article = z.infer<typeof ArticleSchema>;

/** A block of an article with the id of the section it stands in (`null`: the lead). */
export interface PlacedBlock {
	block: Block;
	section: string | null;
}

/** Every block of an article, in reading order, with its section. */
export function articleBlocks(article: Pick<Article, 'lead' | 'sections'>): PlacedBlock[] {
	const placed = (parts: readonly Part[], section: string | null) =>
		parts.flatMap((part) => (part.kind === 'html' ? [] : [{ block: part, section }]));
	return [
		...placed(article.lead.parts, null),
		...article.sections.flatMap((section) => placed(section.parts, section.id)),
	];
}

/** The photographs a block shows: a figure is its own, a gallery shows its figures, others none. */
export function blockFigures(block: Block): FigureImage[] {
	return block.kind === 'figure' ? [block] : block.kind === 'gallery' ? block.figures : [];
}

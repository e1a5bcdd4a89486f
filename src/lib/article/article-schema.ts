import { z } from 'zod';
import type { ArticleDate } from '../core/dates.ts';
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
 * Every kind of block an article body holds between its runs of HTML: typed data that the
 * pipeline recognises and a component renders, never HTML made in the pipeline.
 */
export const BlockSchema = z.discriminatedUnion('kind', [VideoBlockSchema]);
export type Block = z.infer<typeof BlockSchema>;

/** A run of sanitized HTML from the article's Markdown. */
export const HtmlPartSchema = z.strictObject({
	kind: z.literal('html'),
	/** Sanitized HTML: only what the sanitizer's allow-list lets through. */
	html: z.string(),
});
export type HtmlPart = z.infer<typeof HtmlPartSchema>;

/** One part of the lead or of a section: a run of sanitized HTML, or a block. */
export const PartSchema = z.discriminatedUnion('kind', [HtmlPartSchema, VideoBlockSchema]);
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
		.strictObject({ lang: z.string(), title: z.string().optional(), url: z.string().optional() })
		.optional(),
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

import { z } from 'zod';
import { topicSlug } from '../site/topics.ts';

/** Languages written right to left; `dir` follows from an article's `lang` primary subtag. */
export const RTL_LANGUAGES: ReadonlySet<string> = new Set([
	'ar',
	'fa',
	'he',
	'ur',
	'ps',
	'sd',
	'ug',
	'yi',
	'dv',
	'ckb',
]);

/** A BCP 47 language tag such as `en`, `ar` or `pt-BR`, checked by `Intl.getCanonicalLocales`. */
export const LangSchema = z.string().refine(isLanguageTag, {
	error: 'expected a BCP 47 language tag such as "en" or "ar"',
});

function isLanguageTag(value: string): boolean {
	// The primary subtag must be an ISO 639 code (2 or 3 letters); BCP 47 reserves longer ones.
	if (!/^[a-z]{2,3}(-|$)/i.test(value)) return false;
	try {
		return Intl.getCanonicalLocales(value).length === 1;
	} catch {
		return false;
	}
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_NO_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const DATE_EXPECTED =
	'expected a date (2019-12-31) or a date-time with offset (2019-12-31T14:05:00Z)';
const DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A date as an author writes it: a calendar date (`2019-12-31`, read in the site's time zone)
 * or a date-time with an offset (`2019-12-31T14:05:00Z`). A date-time without an offset is
 * ambiguous and rejected.
 */
export const DateInputSchema = z.string({ error: DATE_EXPECTED }).superRefine((value, ctx) => {
	if (
		DATE_ONLY.test(value)
			? isRealCalendarDate(value)
			: DATE_TIME_WITH_OFFSET.test(value) && !Number.isNaN(Date.parse(value))
	)
		return;
	const message = DATE_TIME_NO_OFFSET.test(value)
		? 'expected a date-time with an offset such as "Z" or "+03:00" (2019-12-31T14:05:00Z): without one the time is ambiguous'
		: DATE_EXPECTED;
	ctx.addIssue({ code: 'custom', message, input: value });
});

function isRealCalendarDate(value: string): boolean {
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const NonEmpty = z.string().trim().min(1, { error: 'expected a non-empty string' });

/** What an author writes in an article's front matter (the publisher's contract, design.md). */
export const FrontMatterSchema = z
	.strictObject({
		/** The headline. */
		title: NonEmpty,
		/** The standfirst: one or two sentences shown under the headline. */
		description: NonEmpty,
		/** First publication: a calendar date or a date-time with offset. */
		pubDate: DateInputSchema,
		/** Last substantive update, same form as `pubDate`, not before it. */
		updatedDate: DateInputSchema.optional(),
		/** The byline: one name or a list of names. */
		author: z.union(
			[NonEmpty, z.array(NonEmpty).min(1, { error: 'expected at least one author' })],
			{
				error: 'expected a name or a list of names',
			},
		),
		/** Topics; each becomes a topic page. */
		tags: z
			.array(
				NonEmpty.refine((tag) => topicSlug(tag) !== '', {
					error: 'expected a topic name with at least one letter or digit',
				}),
			)
			.optional(),
		/** Where the story was reported from (`Baghdad`). */
		dateline: NonEmpty.optional(),
		/** BCP 47 tag of the article's language; the site default when absent. */
		lang: LangSchema.optional(),
		/** The original this text is a translation of. */
		translatedFrom: z
			.strictObject({
				/** BCP 47 tag of the original's language. */
				lang: LangSchema,
				/** The original's headline, in its own language. */
				title: NonEmpty.optional(),
				/** Where the original is published. */
				url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
			})
			.optional(),
		/** Lead image path, relative to the article file: a photo `astro:assets` can resize. */
		heroImage: NonEmpty.regex(/\.(jpe?g|png|webp|avif)$/i, {
			error: 'expected the path of a .jpg, .jpeg, .png, .webp or .avif file',
		}).optional(),
		/** Text alternative of the lead image; required with `heroImage`. */
		heroAlt: NonEmpty.optional(),
		/** What the lead image shows, printed under it; only with `heroImage`. */
		heroCaption: NonEmpty.optional(),
		/** Who made the lead image (`Jane Doe/Agency`); only with `heroImage`. */
		heroCredit: NonEmpty.optional(),
		/** Published corrections, shown on the page. */
		corrections: z
			.array(
				z.strictObject({
					/** When it was corrected. */ date: DateInputSchema,
					/** What was corrected. */ text: NonEmpty,
				}),
			)
			.optional(),
		/** Left out of production builds when true. */
		draft: z.boolean({ error: 'expected true or false' }).optional(),
	})
	.superRefine((meta, ctx) => {
		if (meta.heroImage !== undefined && meta.heroAlt === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['heroAlt'],
				message: 'expected a text alternative for heroImage',
			});
		}
		if (meta.heroAlt !== undefined && meta.heroImage === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['heroImage'],
				message: 'expected an image path to go with heroAlt',
			});
		}
		// A caption or credit without an image is almost always a heroImage line deleted by mistake.
		for (const field of ['heroCaption', 'heroCredit'] as const) {
			if (meta[field] !== undefined && meta.heroImage === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: [field],
					message: `expected a heroImage for ${field} to describe: ${field} is only for a lead image`,
				});
			}
		}
	});

/** The front matter as written. */
export type FrontMatter = z.infer<typeof FrontMatterSchema>;

/**
 * A resolved date. `iso` is what `<time datetime>` carries: `2019-12-31` for a calendar date,
 * a full ISO 8601 instant with offset otherwise. `epochMs` orders articles.
 */
export const ArticleDateSchema = z.strictObject({
	/** `YYYY-MM-DD` for a calendar date, or the date-time as written (with offset). */
	iso: z.string(),
	/** Whether the author gave a time of day; a calendar date is never shown with one. */
	hasTime: z.boolean(),
	/** Milliseconds since the epoch; a calendar date counts from its midnight in the site's time zone. */
	epochMs: z.number(),
});
export type ArticleDate = z.infer<typeof ArticleDateSchema>;

/** A video player embed, recognised from player residue or `::video{...}`. */
export const VideoEmbedSchema = z.strictObject({
	kind: z.literal('video'),
	/** The numeric video id (13 digits in player residue). */
	videoId: z.string().regex(/^\d+$/),
	/** The player account id (a UUID in player residue). */
	account: z.string().min(1),
	/** The player id (a UUID in player residue). */
	player: z.string().min(1),
	/** Id of the section the embed stands in; `null` for the lead. */
	section: z.string().nullable(),
});
export type VideoEmbed = z.infer<typeof VideoEmbedSchema>;

/** Every kind of embed an article body can hold, discriminated on `kind`. */
export const EmbedSchema = z.discriminatedUnion('kind', [VideoEmbedSchema]);
export type Embed = z.infer<typeof EmbedSchema>;

/** One `## ` section of the body: its heading and the sanitized HTML that follows it. */
export const SectionSchema = z.strictObject({
	/** Unique id from the heading text (Unicode kept), the fragment of its anchor. */
	id: z.string().min(1),
	/** The heading's text. */
	title: z.string(),
	/** Sanitized HTML of the section's content, heading excluded. */
	html: z.string(),
	/** Words in the heading and content. */
	words: z.int().nonnegative(),
});
export type Section = z.infer<typeof SectionSchema>;

/** The content before the first `## ` heading. */
export const LeadSchema = z.strictObject({
	/** Sanitized HTML of the lead. */
	html: z.string(),
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
	/** Typed embeds, in reading order. */
	embeds: z.array(EmbedSchema),
	/** Words in the body (lead and sections). */
	words: z.int().nonnegative(),
	/** Reading time in whole minutes, at least 1. */
	readingMinutes: z.int().positive(),
	/** Links to other articles of the site, by slug, with the file line they are on. */
	articleLinks: z.array(z.strictObject({ slug: z.string(), line: z.int().positive() })),
});
export type Article = z.infer<typeof ArticleSchema>;

/** Ends a `switch` over a discriminated union: a new `kind` becomes a type error. */
export function assertNever(value: never): never {
	throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}

/** An article's HTML: the lead's, then each section's, in order. */
export const ArticleBodySchema = z.strictObject({
	/** Sanitized HTML of the lead. */
	lead: z.string(),
	/** Sanitized HTML of each section, in the order of `Article.sections`. */
	sections: z.array(z.string()),
});
export type ArticleBody = z.infer<typeof ArticleBodySchema>;

/**
 * What the content store keeps of an article: everything but its HTML, which waits in a file of
 * its own (`bodyFile`) until its page is rendered. Listings, feeds of titles and related links
 * need no HTML, and a store of ten thousand bodies costs the build gigabytes.
 */
export const StoredArticleSchema = ArticleSchema.extend({
	lead: LeadSchema.omit({ html: true }),
	sections: z.array(SectionSchema.omit({ html: true })),
	/** Path of the body's JSON file, relative to the project root. */
	bodyFile: z.string(),
});
export type StoredArticle = z.infer<typeof StoredArticleSchema>;

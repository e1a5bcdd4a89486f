import { z } from 'zod';
import { dateInputProblem, dateTimeInputProblem, DATE_EXPECTED } from '../core/dates.ts';
import { isLanguageTag } from '../core/language.ts';
import { topicSlug } from '../core/topic-slug.ts';
import { IMAGE_FILE, IMAGE_FILE_EXPECTED } from './image-path.ts';
import { SLUG } from './slugs.ts';

/** A BCP 47 language tag such as `en`, `ar` or `pt-BR`, checked by `Intl.getCanonicalLocales`. */
export const LangSchema = z.string().refine(isLanguageTag, {
	error: 'expected a BCP 47 language tag such as "en" or "ar"',
});

/** A string that `problem` accepts, each refusal an issue in `problem`'s words. */
function dateSchema(problem: (value: string) => string | undefined) {
	return z.string({ error: DATE_EXPECTED }).superRefine((value, ctx) => {
		const message = problem(value);
		if (message !== undefined) ctx.addIssue({ code: 'custom', message, input: value });
	});
}

/**
 * A date as an author writes it: a calendar date (`2019-12-31`, read in the site's time zone)
 * or a date-time with an offset (`2019-12-31T14:05:00Z`). A date-time without an offset is
 * ambiguous and rejected.
 */
export const DateInputSchema = dateSchema(dateInputProblem);

/** A string with at least one character that is not white space. */
export const NonEmpty = z
	.string({ error: 'expected text' })
	.trim()
	.min(1, { error: 'expected a non-empty string' });

/**
 * What kind of article it is: `news` (the default) reports; `analysis` interprets the news;
 * `opinion` argues a view; `explainer` gives the background. Each but `news` is labelled above
 * the headline and has its own schema.org type.
 */
export const ARTICLE_TYPES = ['news', 'analysis', 'opinion', 'explainer'] as const;

/** One of `ARTICLE_TYPES`. */
export type ArticleType = (typeof ARTICLE_TYPES)[number];

/** Types an editor may reach for that are written otherwise: `live` (the `live:` field). */
export const RESERVED_ARTICLE_TYPES: readonly string[] = ['live'];

/** The `type` field: one of `ARTICLE_TYPES`; a reserved type gets its own message. */
export const ArticleTypeSchema = z
	.string({ error: `expected one of ${ARTICLE_TYPES.join(', ')}` })
	.transform((value, ctx) => {
		if ((ARTICLE_TYPES as readonly string[]).includes(value)) return value as ArticleType;
		ctx.addIssue({
			code: 'custom',
			input: value,
			message: RESERVED_ARTICLE_TYPES.includes(value)
				? `expected one of ${ARTICLE_TYPES.join(', ')}: live coverage is not a type but a field, live: { start: 2019-12-31T14:05:00+03:00 }`
				: `expected one of ${ARTICLE_TYPES.join(', ')}`,
		});
		return z.NEVER;
	});

/** The original an article translates (`translatedFrom`). */
export const TranslatedFromSchema = z.strictObject({
	/** BCP 47 tag of the original's language. */
	lang: LangSchema,
	/** The original's headline, in its own language. */
	title: NonEmpty.optional(),
	/** Where the original is published, when it is not on this site. */
	url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
	/**
	 * The slug of the original when it is an article of this site (`protesters-storm-us-embassy`):
	 * the two pages then link each other. It must name an article in another language.
	 */
	article: NonEmpty.regex(SLUG, {
		error: 'expected the slug of an article of this site, such as "protesters-storm-embassy"',
	}).optional(),
});

/** One published correction (`corrections[]`). */
export const CorrectionInputSchema = z.strictObject({
	/** When it was corrected. */
	date: DateInputSchema,
	/** What was corrected. */
	text: NonEmpty,
});

/** A date-time with an offset (`2019-12-31T14:05:00+03:00`): live coverage is timed to the minute. */
const DateTimeInputSchema = dateSchema(dateTimeInputProblem);

/**
 * Live coverage (`live:`): the article is a live page whose `:::update` blocks are shown newest
 * first under its summary (docs/live-coverage.md).
 */
const LiveInputSchema = z.strictObject({
	/** When the coverage started: a date-time with offset; no update may be before it. */
	start: DateTimeInputSchema,
	/** When it ended: a date-time with offset, not before `start`; absent while it runs. */
	end: DateTimeInputSchema.optional(),
});

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
		/** What kind of article it is; `news` when absent. */
		type: ArticleTypeSchema.optional(),
		/** The byline: one name or a list of names; a name or id of an author file links to its page. */
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
		translatedFrom: TranslatedFromSchema.optional(),
		/** Who translated the text: one name, or a list of names (JSON-LD `translator`). */
		translatedBy: z.union([NonEmpty, z.array(NonEmpty).min(1)]).optional(),
		/** Lead image path, relative to the article file: a photo `astro:assets` can resize. */
		heroImage: NonEmpty.regex(IMAGE_FILE, { error: IMAGE_FILE_EXPECTED }).optional(),
		/** Text alternative of the lead image; required with `heroImage`. */
		heroAlt: NonEmpty.optional(),
		/** What the lead image shows, printed under it; only with `heroImage`. */
		heroCaption: NonEmpty.optional(),
		/** Who made the lead image (`Jane Doe/Agency`); only with `heroImage`. */
		heroCredit: NonEmpty.optional(),
		/** Published corrections, shown on the page. */
		corrections: z.array(CorrectionInputSchema).optional(),
		/** Live coverage: `{ start, end? }`; the body's `:::update` blocks are its updates. */
		live: LiveInputSchema.optional(),
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
 * The keys front matter may have at `path` (`[]` for the top level, `['translatedFrom']`,
 * `['corrections', 0]`), read from the schema itself (an article's unless `root` says another);
 * empty where no object is expected.
 */
export function frontMatterKeys(
	path: readonly (string | number)[],
	root: z.core.$ZodType = FrontMatterSchema,
): string[] {
	let schema: z.core.$ZodType = root;
	for (const key of path) {
		schema = unwrap(schema);
		if (schema instanceof z.ZodObject) {
			const next = (schema.shape as Record<string, z.core.$ZodType | undefined>)[String(key)];
			if (next === undefined) return [];
			schema = next;
		} else if (schema instanceof z.ZodArray && typeof key === 'number') {
			schema = schema.element;
		} else {
			return [];
		}
	}
	schema = unwrap(schema);
	return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
	let current = schema;
	while (
		current instanceof z.ZodOptional ||
		current instanceof z.ZodNullable ||
		current instanceof z.ZodPipe
	)
		current = current instanceof z.ZodPipe ? current.in : current.unwrap();
	return current;
}

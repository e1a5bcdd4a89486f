import { z } from 'zod';
import { LeadSchema, SectionSchema } from './article-schema.ts';
import { NonEmpty } from './front-matter-schema.ts';

/** Most characters a short `bio` may have: a sentence or two, as bylines and lists show it. */
export const MAX_BIO_LENGTH = 280;

/**
 * What an author file's front matter holds (`content/authors/<id>.md`; the file name is the id).
 * The body, when there is one, is the longer biography of the author's page.
 */
export const AuthorFrontMatterSchema = z.strictObject({
	/** The name as bylines give it (`Jane Doe`); a byline naming it, or the id, links here. */
	name: NonEmpty,
	/** The job title (`Transport correspondent`): the page shows it, JSON-LD gives it as `jobTitle`. */
	role: NonEmpty.optional(),
	/** One or two sentences about the author, for the authors index and the page's description. */
	bio: NonEmpty.max(MAX_BIO_LENGTH, {
		error: `expected a short bio of at most ${String(MAX_BIO_LENGTH)} characters (the body holds the longer one)`,
	}).optional(),
	/** A portrait, relative to the author file: a photo `astro:assets` can resize. */
	image: NonEmpty.regex(/\.(jpe?g|png|webp|avif)$/i, {
		error: 'expected the path of a .jpg, .jpeg, .png, .webp or .avif file',
	}).optional(),
	/** The author's profiles elsewhere (https URLs), linked from the page and given as `sameAs`. */
	links: z
		.array(
			z.url({
				protocol: /^https?$/,
				error: 'expected an http(s) URL such as "https://example.org/jane"',
			}),
		)
		.optional(),
	/** An address readers may write to; shown as a mailto link. */
	email: z.email({ error: 'expected an email address such as "jane@example.org"' }).optional(),
});

/** An author file's front matter as written. */
export type AuthorFrontMatter = z.infer<typeof AuthorFrontMatterSchema>;

/** An author as the pipeline returns it: the front matter, resolved, and the biography's body. */
export const AuthorSchema = z.strictObject({
	/** The file name without `.md`: the page's URL segment (`/authors/<id>/`). */
	id: z.string(),
	name: z.string(),
	role: z.string().optional(),
	bio: z.string().optional(),
	/** The portrait's path, relative to the author file. */
	imagePath: z.string().optional(),
	/** Profile URLs, in the order written. */
	links: z.array(z.string()),
	email: z.string().optional(),
	/** The biography before its first `## ` heading (no parts when the file has no body). */
	lead: LeadSchema,
	/** The biography's `## ` sections. */
	sections: z.array(SectionSchema),
	/** Links from the biography to articles, by slug, with their file lines. */
	articleLinks: z.array(z.strictObject({ slug: z.string(), line: z.int().positive() })),
});
export type Author = z.infer<typeof AuthorSchema>;

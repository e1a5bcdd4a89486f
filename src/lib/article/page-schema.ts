import { z } from 'zod';
import { ArticleDateSchema, LeadSchema, SectionSchema } from './article-schema.ts';
import { DateInputSchema, NonEmpty } from './front-matter-schema.ts';

/**
 * URL segments the site's own sections use at its root: a page file may not take one
 * (`content/pages/archive.md` would fight `/archive/` for its address).
 */
export const RESERVED_PAGE_SLUGS: readonly string[] = [
	'404',
	'archive',
	'articles',
	'authors',
	'lite',
	'page',
	'pagefind',
	'search',
	'topics',
];

/** What a page file's front matter holds (`content/pages/<slug>.md`, served at `/<slug>/`). */
export const PageFrontMatterSchema = z.strictObject({
	/** The page's title and heading (`Corrections policy`). */
	title: NonEmpty,
	/** One sentence about the page, for its meta description and link previews. */
	description: NonEmpty,
	/** When the page last changed in substance: shown on it, and its `lastmod` in the sitemap. */
	updatedDate: DateInputSchema.optional(),
});

/** A page file's front matter as written. */
export type PageFrontMatter = z.infer<typeof PageFrontMatterSchema>;

/** A page of the newsroom's own (about, masthead, policies, contact), as the pipeline returns it. */
export const SitePageSchema = z.strictObject({
	/** The file name without `.md`: the page is at `/<slug>/`. */
	slug: z.string(),
	title: z.string(),
	description: z.string(),
	updatedDate: ArticleDateSchema.optional(),
	/** The text before the first `## ` heading. */
	lead: LeadSchema,
	/** The `## ` sections. */
	sections: z.array(SectionSchema),
	/** Links from the text to articles, by slug, with their file lines. */
	articleLinks: z.array(z.strictObject({ slug: z.string(), line: z.int().positive() })),
});
export type SitePage = z.infer<typeof SitePageSchema>;

import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { ImageRightsSchema } from './lib/article/article-schema.ts';
import { AuthorSchema } from './lib/article/author-schema.ts';
import { SitePageSchema } from './lib/article/page-schema.ts';
import { StoredArticleSchema } from './loaders/article-body-store.ts';
import { articleLoader } from './loaders/article-loader.ts';
import { contentGate } from './loaders/content-gate.ts';
import { authorLoader, pageLoader } from './loaders/newsroom-loader.ts';
import { requiredPages } from './lib/site/newsroom/newsroom-pages.ts';
import {
	articleParseOptions,
	articlesDir,
	authorsDir,
	pagesDir,
	siteConfig,
} from './site.config.ts';

// The three loaders run at once; the gate makes a build fail with the problems of all of them.
const gate = contentGate({ articles: 'article file', authors: 'author file', pages: 'page file' });

const articles = defineCollection({
	loader: articleLoader({ base: articlesDir, parse: articleParseOptions, gate }),
	// An entry holds the article's body key and its images as `astro:assets` sees them; the rest
	// of the article is in the article index (src/loaders/article-body-store.ts), and the pages'
	// data joins the two (src/data/site-data.ts). `heroImage` and `bodyImages` (keyed by the path
	// the article wrote): the loader hands their paths (relative to the article file) to `image()`
	// through `parseData`, and `getCollection` gives the page each image's metadata for
	// `<Picture>`. `imageRights` is what each file declares. Only the loader's own data passes here.
	schema: ({ image }) =>
		StoredArticleSchema.pick({ bodyKey: true }).extend({
			heroImage: image().optional(),
			bodyImages: z.record(z.string(), image()).optional(),
			imageRights: z.record(z.string(), ImageRightsSchema).optional(),
		}),
});

// An author's portrait reaches `astro:assets` the same way as a lead image.
const authors = defineCollection({
	loader: authorLoader({
		base: authorsDir,
		articles: articlesDir,
		parse: articleParseOptions,
		gate,
	}),
	schema: ({ image }) => AuthorSchema.extend({ image: image().optional() }),
});

const pages = defineCollection({
	loader: pageLoader({
		base: pagesDir,
		articles: articlesDir,
		parse: articleParseOptions,
		gate,
		required: requiredPages(siteConfig.pages),
	}),
	schema: SitePageSchema,
});

export const collections = { articles, authors, pages };

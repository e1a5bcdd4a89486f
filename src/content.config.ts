import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { ImageRightsSchema } from './lib/article/article-schema.ts';
import { StoredArticleSchema } from './loaders/article-body-store.ts';
import { articleLoader } from './loaders/article-loader.ts';
import { articleParseOptions, articlesDir } from './site.config.ts';

const articles = defineCollection({
	loader: articleLoader({ base: articlesDir, parse: articleParseOptions }),
	// `heroImage` and `bodyImages` (keyed by the path the article wrote) are the images as
	// `astro:assets` sees them: the loader hands their paths (relative to the article file) to
	// `image()` through `parseData`, and `getCollection` gives the page each image's metadata for
	// `<Picture>`. `imageRights` is what each file declares. Only the loader's own data passes here.
	schema: ({ image }) =>
		StoredArticleSchema.extend({
			heroImage: image().optional(),
			bodyImages: z.record(z.string(), image()).optional(),
			imageRights: z.record(z.string(), ImageRightsSchema).optional(),
		}),
});

export const collections = { articles };

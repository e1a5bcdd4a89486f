import { defineCollection } from 'astro:content';
import { StoredArticleSchema } from './loaders/article-body-store.ts';
import { articleLoader } from './loaders/article-loader.ts';
import { articleParseOptions, articlesDir } from './site.config.ts';

const articles = defineCollection({
	loader: articleLoader({ base: articlesDir, parse: articleParseOptions }),
	// `heroImage` is the lead image as `astro:assets` sees it: the loader hands its path (relative
	// to the article file) to `image()` through `parseData`, and `getCollection` gives the page the
	// image's metadata for `<Picture>`. Only the loader's own data passes here.
	schema: ({ image }) => StoredArticleSchema.extend({ heroImage: image().optional() }),
});

export const collections = { articles };

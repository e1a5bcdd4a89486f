import { defineCollection } from 'astro:content';
import { StoredArticleSchema } from './lib/article/schema.ts';
import { articleLoader } from './loaders/article-loader.ts';
import { articleParseOptions, articlesDir } from './site.config.ts';

const articles = defineCollection({
	loader: articleLoader({ base: articlesDir, parse: articleParseOptions }),
	schema: StoredArticleSchema,
});

export const collections = { articles };

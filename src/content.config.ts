import { defineCollection } from 'astro:content';
import { StoredArticleSchema } from './lib/article/schema.ts';
import { articleLoader } from './loaders/article-loader.ts';
import { siteConfig } from './site.config.ts';

const articles = defineCollection({
	loader: articleLoader({
		// Tests point the build at a fixture site's articles through ARTICLES_DIR.
		base: process.env['ARTICLES_DIR'] ?? 'content/articles',
		parse: {
			timeZone: siteConfig.timeZone,
			defaultLang: siteConfig.defaultLang,
			videoPlayerUrl: siteConfig.videoPlayerUrl,
		},
	}),
	schema: StoredArticleSchema,
});

export const collections = { articles };

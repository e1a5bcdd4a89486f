import { z } from 'zod';
import type { ParseOptions } from './lib/article/parse-article.ts';

/** The site-wide settings, validated once at start-up. */
export const SiteConfigSchema = z.strictObject({
	/** The site's name, shown in the header and in `<title>`. */
	title: z.string().min(1),
	/** One sentence about the site, for the home page's meta description. */
	description: z.string().min(1),
	/** The absolute URL the site is deployed at, without `base` (`https://news.example`). */
	url: z.url({ protocol: /^https?$/ }),
	/** BCP 47 tag of the site's own language, used where an article gives none. */
	defaultLang: z.string().min(2),
	/**
	 * IANA time zone that calendar dates (`pubDate: 2019-12-31`) are read in and that
	 * date-times are shown in.
	 */
	timeZone: z
		.string()
		.refine(isTimeZone, { error: 'expected an IANA time zone such as "UTC" or "Asia/Baghdad"' }),
	/**
	 * The video provider's player page, with `{videoId}`, `{account}` and `{player}` filled from
	 * each embed. The video facade links here; nothing loads from it until the reader follows it.
	 */
	videoPlayerUrl: z.string().regex(/^https:\/\/[^/]+\/.*\{videoId\}/, {
		error: 'expected an https URL template containing {videoId}',
	}),
	/** How many articles the home page lists. */
	homeArticleCount: z.int().positive(),
});

/** The validated site configuration. */
export type SiteConfig = z.infer<typeof SiteConfigSchema>;

function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

/** This site's settings. Invalid values stop the build at start-up. */
export const siteConfig: SiteConfig = SiteConfigSchema.parse({
	title: 'The Reader',
	description: 'News articles, fast to read, accessible and free of trackers.',
	url: process.env['SITE_URL'] ?? 'https://news.example',
	defaultLang: 'en',
	timeZone: 'UTC',
	videoPlayerUrl:
		'https://players.brightcove.net/{account}/{player}_default/index.html?videoId={videoId}',
	homeArticleCount: 20,
});

/** The folder of article files, relative to the project root; tests point `ARTICLES_DIR` elsewhere. */
export const articlesDir: string = process.env['ARTICLES_DIR'] ?? 'content/articles';

/** The settings the article pipeline reads: the build and `npm run check:content` share them. */
export const articleParseOptions: ParseOptions = {
	timeZone: siteConfig.timeZone,
	defaultLang: siteConfig.defaultLang,
	videoPlayerUrl: siteConfig.videoPlayerUrl,
};

import { z } from 'zod';
import type { ParseOptions } from './lib/pipeline/parse-article.ts';

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
	/** How many articles each page of a listing shows (home, topic and archive pages). */
	pageSize: z.int().positive(),
	/** How many related articles an article page shows at most. */
	relatedArticleCount: z.int().nonnegative(),
	/** The links of the site header, in order: a label and a site-absolute path (without base). */
	navigation: z
		.array(
			z.strictObject({
				label: z.string().min(1),
				path: z.string().regex(/^\/([^/?#]+\/)*$/, {
					error: 'expected a site-absolute path with a trailing slash, such as "/topics/"',
				}),
			}),
		)
		.min(1),
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

/** `PAGE_SIZE` (tests build small pages to exercise pagination): a positive whole number. */
function pageSizeFromEnv(value: string | undefined): number | undefined {
	if (value === undefined || value === '') return undefined;
	if (!/^[1-9]\d*$/.test(value)) {
		throw new Error(`PAGE_SIZE: expected a positive whole number, found ${JSON.stringify(value)}`);
	}
	return Number(value);
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
	pageSize: pageSizeFromEnv(process.env['PAGE_SIZE']) ?? 20,
	relatedArticleCount: 4,
	navigation: [
		{ label: 'Latest', path: '/' },
		{ label: 'Topics', path: '/topics/' },
		{ label: 'Archive', path: '/archive/' },
		{ label: 'Search', path: '/search/' },
	],
});

/** The folder of article files, relative to the project root; tests point `ARTICLES_DIR` elsewhere. */
export const articlesDir: string = process.env['ARTICLES_DIR'] ?? 'content/articles';

/** The settings the article pipeline reads: the build and `npm run check:content` share them. */
export const articleParseOptions: ParseOptions = {
	timeZone: siteConfig.timeZone,
	defaultLang: siteConfig.defaultLang,
};

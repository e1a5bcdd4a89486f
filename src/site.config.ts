import { z } from 'zod';
import type { ParseOptions } from './lib/pipeline/parse-article.ts';
import { primaryLanguage } from './lib/core/language.ts';
import { missingStrings } from './lib/site/i18n/strings.ts';
import { siteEditions, type Edition } from './lib/site/editions/editions.ts';

/** A file below `src/assets/`, relative to the project root, whose name ends as `ending` says. */
function AssetPath(ending: RegExp, what: string) {
	return z
		.string()
		.regex(/^src\/assets\/[^\\]+$/, {
			error: 'expected a path below src/assets/, such as "src/assets/brand/logo.svg"',
		})
		.regex(ending, { error: `expected ${what}` });
}

/** The links of a header, in order: a label and a site-absolute path (without base). */
const NavigationSchema = z
	.array(
		z.strictObject({
			label: z.string().min(1),
			path: z.string().regex(/^\/([^/?#]+\/)*$/, {
				error: 'expected a site-absolute path with a trailing slash, such as "/topics/"',
			}),
		}),
	)
	.min(1);

/** A site-absolute path with a trailing slash (`/about/`), without base. */
const SitePath = z.string().regex(/^\/([^/?#]+\/)+$/, {
	error: 'expected a site-absolute path with a trailing slash, such as "/about/"',
});

/** The site-wide settings, validated once at start-up. */
export const SiteConfigSchema = z
	.strictObject({
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
		/** The links of the default edition's header (see `editions`). */
		navigation: NavigationSchema,
		/**
		 * The editions: the languages the site publishes in, each with its own front page, topics,
		 * archive, feeds and search. The first is the default, at the site's root, and is
		 * `defaultLang`; each other is under `/<lang>/` (`/ar/`) and gives its front page's
		 * `description` and its header's `navigation` in its language. An article is in the edition
		 * of its `lang` (its primary subtag), else in the default one. Every edition's language needs
		 * the interface strings of `src/lib/site/i18n/strings.ts`.
		 */
		editions: z
			.array(
				z.strictObject({
					/** BCP 47 tag of the edition's language. */
					lang: z.string().min(2),
					/** One sentence about the edition, in its language (the default edition's: `description`). */
					description: z.string().min(1).optional(),
					/** The edition's header links, in its language (the default edition's: `navigation`). */
					navigation: NavigationSchema.optional(),
				}),
			)
			.min(1),
		/** The organization that publishes the site: its JSON-LD `publisher` on every article. */
		publisher: z.strictObject({
			/** The name readers know (`The Reader`); JSON-LD `name`. */
			name: z.string().min(1),
			/** The registered name of the company or charity behind it; JSON-LD `legalName`. */
			legalName: z.string().min(1),
			/**
			 * The logo: an SVG or PNG file below `src/assets/`, relative to the project root. The header
			 * shows it; JSON-LD `logo` gets a 512-pixel PNG made from it at build time.
			 */
			logo: AssetPath(/\.(svg|png)$/i, 'an .svg or .png file'),
		}),
		/**
		 * The favicon: a square SVG below `src/assets/`. Pages link it as is, with 32-pixel and
		 * 180-pixel (Apple touch icon) PNGs made from it at build time.
		 */
		favicon: AssetPath(/\.svg$/i, 'an .svg file'),
		/**
		 * The link-preview image of every page without an image of its own (an article without a lead
		 * image, a listing): a PNG or JPEG below `src/assets/`, 1200 × 630 pixels, and its text
		 * alternative. Used as `og:image`, `twitter:image` and the JSON-LD `image` of such articles.
		 */
		defaultImage: z.strictObject({
			src: AssetPath(/\.(png|jpe?g)$/i, 'a .png, .jpg or .jpeg file'),
			alt: z.string().min(1),
		}),
		/**
		 * The newsroom's pages (files in `content/pages/`), each a site-absolute path such as
		 * `/ethics-policy/`; the footer links each, and the organization's JSON-LD names them:
		 * `about` as `publishingPrinciples`, then `masthead`, `correctionsPolicy` and `ethicsPolicy`.
		 * A path with no page file is a build error.
		 */
		pages: z
			.strictObject({
				about: SitePath.optional(),
				masthead: SitePath.optional(),
				corrections: SitePath.optional(),
				ethics: SitePath.optional(),
				contact: SitePath.optional(),
			})
			.default({}),
		/** The home page, a front page: the newest article leads, with its image, then the rest. */
		frontPage: z.strictObject({
			/** How many stories follow the lead at the top (headline and standfirst each). */
			topStories: z.int().nonnegative(),
			/**
			 * A block per topic, in this order, with its latest headlines (those not already at the top).
			 * A topic with nothing left to show has no block.
			 */
			topics: z.array(z.string().min(1)),
			/** How many headlines each topic block lists. */
			headlinesPerTopic: z.int().positive(),
		}),
	})
	.superRefine((config, ctx) => {
		const seen = new Set<string>();
		config.editions.forEach((edition, index) => {
			const path = ['editions', index];
			if (index === 0 && edition.lang !== config.defaultLang) {
				ctx.addIssue({
					code: 'custom',
					path: [...path, 'lang'],
					message: `expected the default language ("${config.defaultLang}") first, found "${edition.lang}"`,
				});
			}
			const primary = primaryLanguage(edition.lang);
			if (seen.has(primary)) {
				ctx.addIssue({
					code: 'custom',
					path: [...path, 'lang'],
					message: `expected one edition per language, found "${primary}" twice`,
				});
			}
			seen.add(primary);
			const missing = missingStrings(edition.lang);
			if (missing.length > 0) {
				const named = missing
					.slice(0, 5)
					.map((key) => `"${key}"`)
					.join(', ');
				const more = missing.length > 5 ? ` and ${String(missing.length - 5)} more` : '';
				ctx.addIssue({
					code: 'custom',
					path: [...path, 'lang'],
					message: `expected interface strings in "${edition.lang}" (src/lib/site/i18n/strings.ts), missing ${named}${more}`,
				});
			}
			if (index > 0) {
				for (const field of ['description', 'navigation'] as const) {
					if (edition[field] !== undefined) continue;
					ctx.addIssue({
						code: 'custom',
						path: [...path, field],
						message: `expected the edition's ${field} in its language`,
					});
				}
			}
		});
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

/** A whole number from the variable `name` (tests shape the front page to their few articles). */
function wholeNumberFromEnv(name: string, zeroAllowed: boolean): number | undefined {
	const value = process.env[name];
	if (value === undefined || value === '') return undefined;
	if (!(zeroAllowed ? /^(0|[1-9]\d*)$/ : /^[1-9]\d*$/).test(value)) {
		throw new Error(`${name}: expected a whole number, found ${JSON.stringify(value)}`);
	}
	return Number(value);
}

/** `FRONT_PAGE_TOPICS` (tests pick their fixtures' topics): names separated by commas. */
function topicsFromEnv(value: string | undefined): string[] | undefined {
	if (value === undefined || value === '') return undefined;
	return value
		.split(',')
		.map((name) => name.trim())
		.filter((name) => name !== '');
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
	editions: [
		{ lang: 'en' },
		{
			lang: 'ar',
			description: 'أخبار سريعة القراءة، متاحة للجميع وخالية من أدوات التتبع.',
			navigation: [
				{ label: 'الأحدث', path: '/ar/' },
				{ label: 'المواضيع', path: '/ar/topics/' },
				{ label: 'الأرشيف', path: '/ar/archive/' },
				{ label: 'البحث', path: '/ar/search/' },
			],
		},
	],
	publisher: {
		name: 'The Reader',
		legalName: 'The Reader News Cooperative Ltd',
		logo: 'src/assets/brand/logo.svg',
	},
	favicon: 'src/assets/brand/logo.svg',
	defaultImage: {
		src: 'src/assets/brand/preview.png',
		alt: 'The Reader logo, a white letter R on a red square, beside the words “The Reader: independent news, fast to read”',
	},
	pages: {
		about: '/about/',
		masthead: '/masthead/',
		corrections: '/corrections-policy/',
		ethics: '/ethics-policy/',
		contact: '/contact/',
	},
	frontPage: {
		topStories: wholeNumberFromEnv('FRONT_PAGE_TOP_STORIES', true) ?? 4,
		topics: topicsFromEnv(process.env['FRONT_PAGE_TOPICS']) ?? ['Iraq', 'United States', 'Iran'],
		headlinesPerTopic: 4,
	},
});

/** The site's editions, the default first (see `editions` in the settings). */
export const editions: readonly Edition[] = siteEditions(siteConfig.editions, siteConfig);

/** The folder of author files, relative to the project root; tests point `AUTHORS_DIR` elsewhere. */
export const authorsDir: string = process.env['AUTHORS_DIR'] ?? 'content/authors';

/** The folder of the newsroom's pages, relative to the project root; tests point `PAGES_DIR` elsewhere. */
export const pagesDir: string = process.env['PAGES_DIR'] ?? 'content/pages';

/** The folder of article files, relative to the project root; tests point `ARTICLES_DIR` elsewhere. */
export const articlesDir: string = process.env['ARTICLES_DIR'] ?? 'content/articles';

/** The settings the article pipeline reads: the build and `npm run check:content` share them. */
export const articleParseOptions: ParseOptions = {
	timeZone: siteConfig.timeZone,
	defaultLang: siteConfig.defaultLang,
};

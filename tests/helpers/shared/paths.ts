import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (where package.json is). */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Scratch space for test builds, servers' output and screenshots; git-ignored. */
export const TMP = join(ROOT, 'tests/.tmp');

/** The fixture site's articles, used by the build and browser tiers. */
export const FIXTURE_ARTICLES = 'tests/fixtures/site/articles';

/** The fixture site's author files (`AUTHORS_DIR`): every test build uses them. */
export const FIXTURE_AUTHORS = 'tests/fixtures/site/authors';

/** The fixture site's newsroom pages (`PAGES_DIR`): every test build uses them. */
export const FIXTURE_PAGES = 'tests/fixtures/site/pages';

/** The topics of the fixture site's front page (`FRONT_PAGE_TOPICS`): ثقافة has nothing left to show. */
export const FIXTURE_FRONT_TOPICS = 'City,Transport,Iraq,ثقافة';

/** Top stories under the lead in fixture builds (`FRONT_PAGE_TOP_STORIES`): few, so the rest has pages. */
export const FIXTURE_TOP_STORIES = 2;

/** The seed article as published; its body is the golden text the pages must keep. */
export const SEED_FILE = join(ROOT, 'content/articles/protesters-storm-us-embassy-in-baghdad.md');

/** The seed article's slug. */
export const SEED_SLUG = 'protesters-storm-us-embassy-in-baghdad';

/**
 * Articles per listing page in fixture builds (`PAGE_SIZE`): small, so the few fixture articles
 * fill several pages and pagination is exercised.
 */
export const FIXTURE_PAGE_SIZE = 2;

/** The sub-path the second fixture build is deployed under, as on GitHub Pages project sites. */
export const SUB_PATH_BASE = '/news/';

/** A fixture build: its articles, where its output goes and which `base` it is built for. */
export interface FixtureBuild {
	/** Short name, also the folder below `tests/.tmp/`. */
	name: string;
	/** Folder of its article files, relative to the project root (`ARTICLES_DIR`). */
	articlesDir: string;
	/** Absolute path of the output folder. */
	outDir: string;
	/** Absolute path of the build's private content cache. */
	cacheDir: string;
	/** The `base` the site is built for (`SITE_BASE`), with leading and trailing slash. */
	base: string;
}

/** The build `name` of `articlesDir` for `base`, with its output and cache in `tests/.tmp/<name>/`. */
export function fixtureBuild(
	name: string,
	base: string,
	articlesDir: string = FIXTURE_ARTICLES,
): FixtureBuild {
	return {
		name,
		articlesDir,
		outDir: join(TMP, name, 'dist'),
		cacheDir: join(TMP, name, 'cache'),
		base,
	};
}

/** The fixture site built at the root of its host: what the build and browser tiers test. */
export const ROOT_BUILD = fixtureBuild('site', '/');

/** The same site built under a sub-path, to prove every internal link honours `base`. */
export const SUB_PATH_BUILD = fixtureBuild('site-sub', SUB_PATH_BASE);

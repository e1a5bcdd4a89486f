import config from '../../astro.config.mjs';

/**
 * The site's own config for the build benchmark, with its cache folder (`cacheDir`: the loader's
 * parsed articles and bodies, Astro's incremental page cache, the search index) taken from
 * `BENCH_CACHE_DIR`, so that a bench build neither reuses nor overwrites the cache of
 * `npm run build`. The articles come from `ARTICLES_DIR` (read by `src/site.config.ts`); the
 * output folder is given on the command line (`--outDir`).
 */
export default {
	...config,
	cacheDir: process.env['BENCH_CACHE_DIR'] ?? './.bench/cache/',
};

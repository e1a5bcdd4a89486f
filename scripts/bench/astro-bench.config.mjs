// @ts-check
import config from '../../astro.config.mjs';

/**
 * The site's own config for the build benchmark, with its cache folder (`cacheDir`: the loader's
 * parsed articles and bodies, Astro's incremental page cache, the search index) taken from
 * `BENCH_CACHE_DIR`, so that a bench build neither reuses nor overwrites the cache of
 * `npm run build`. The articles come from `ARTICLES_DIR` (read by `src/site.config.ts`); the
 * output folder is given on the command line (`--outDir`).
 *
 * JavaScript, as `astro.config.mjs` is: Astro imports a JavaScript config with Node itself and
 * any other through a Vite server of its own, so that a bench build loads the site's code as
 * `npm run build` does (the search index's cache key holds the text of its record function, which
 * the two ways of loading write differently).
 */
export default {
	...config,
	cacheDir: process.env['BENCH_CACHE_DIR'] ?? './.bench/cache/',
};

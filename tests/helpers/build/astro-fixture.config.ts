import config from '../../../astro.config.mjs';

/**
 * The site's own config, with a private content cache for test builds, so that a fixture build
 * neither reuses nor overwrites the content store of `npm run build` (or of another fixture
 * build). The output folder is given on the command line (`--outDir`).
 */
export default {
	...config,
	cacheDir: process.env['FIXTURE_CACHE_DIR'] ?? './tests/.tmp/cache/',
};

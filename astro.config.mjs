// @ts-check
// First: the size of Node's file system thread pool, read when the pool starts.
import './src/integrations/thread-pool.ts';
import { defineConfig } from 'astro/config';
import { buildStages } from './src/integrations/build-stages.ts';
import { cspDigestsOnce } from './src/integrations/csp-digests.ts';
import { parseWarmUp } from './src/integrations/parse-warm-up.ts';
import { restorePages } from './src/integrations/restore-pages.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { articleParseOptions, editions, siteConfig } from './src/site.config.ts';

// Articles are parsed by our own pipeline in the content loader (src/loaders), not by Astro's
// Markdown processor, so no Markdown plugins are configured here.
export default defineConfig({
	site: siteConfig.url,
	base: process.env['SITE_BASE'] ?? '/',
	trailingSlash: 'always',
	// Every page's CSS goes inline: no render-blocking stylesheet request, and one round trip.
	// Pages render, and unchanged ones are restored from the cache, several at a time: much of
	// each is waiting on the file system.
	build: { format: 'directory', inlineStylesheets: 'always', concurrency: 8 },
	devToolbar: { enabled: false },
	// Astro's log, with a progress line every few seconds instead of a line for each of the
	// archive's pages (src/integrations/build-log.ts).
	logger: { entrypoint: './src/integrations/build-log.ts' },
	// Astro's Markdown is not used (see above); without this it warns that Shiki's inline styles
	// break the Content Security Policy.
	markdown: { syntaxHighlight: false },
	// A parse thread starts loading the article pipeline first, while Astro sets up; content sync
	// hands it what changed. Unchanged pages are linked into place from the incremental cache
	// while Vite builds. The
	// search index is built from the parsed articles while pages render (dist/pagefind/<shard>/,
	// an edition's under its root: dist/ar/pagefind/<shard>/); the build fails when it cannot.
	// The stage timer comes last, to see the others finish.
	integrations: [
		parseWarmUp(articleParseOptions),
		restorePages(),
		searchIndex({ editions }),
		buildStages(),
	],
	// The bench's corpora and the tests' scratch space hold hundreds of thousands of files;
	// watching them would exhaust the system's file watchers in `astro dev`.
	vite: {
		server: { watch: { ignored: ['**/.bench/**', '**/tests/.tmp/**'] } },
		plugins: [
			// Astro hashes each page's inline styles for the Content Security Policy (below); the same
			// styles on thousands of pages are hashed once.
			cspDigestsOnce(),
			{
				// Astro asks Vite to pre-bundle its dev toolbar's dependencies even with the toolbar off
				// (above). Every build syncs content through a Vite server, which then checks them
				// and bundles them again (3 s) whenever node_modules/.vite was made by another
				// configuration or is missing, as on a fresh CI runner. Nothing uses them.
				name: 'no-dev-toolbar-deps',
				enforce: 'post',
				configEnvironment(_name, config) {
					const deps = config.optimizeDeps;
					if (deps?.include !== undefined)
						deps.include = deps.include.filter(
							(id) => !id.startsWith('astro > ') && !id.includes('/dev-toolbar/'),
						);
				},
			},
		],
	},
	// An article page whose cacheKey (its entry digest) and code are unchanged is not rendered
	// again: a rebuild of a large archive renders what changed.
	experimental: { incrementalBuild: true },
	// A Content Security Policy on every page: Astro hashes each inline style and script; nothing
	// else may load but the site's own files (the video facade is a plain link, not a frame).
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'none'",
				"form-action 'self'",
				"frame-src 'none'",
			],
		},
	},
});

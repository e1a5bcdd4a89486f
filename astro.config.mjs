// @ts-check
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/site.config.ts';

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
	// An article page whose cacheKey (its entry digest) and code are unchanged is not rendered
	// again: a rebuild of a large archive renders what changed.
	experimental: { incrementalBuild: true },
});

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
	build: { format: 'directory', inlineStylesheets: 'always' },
	devToolbar: { enabled: false },
});

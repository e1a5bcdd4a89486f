import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site/sitemaps/robots.ts';
import { sitemapIndexUrl } from '../data/sitemaps.ts';

/** robots.txt, naming the sitemap index by its absolute, base-aware URL. */
export const GET: APIRoute = () =>
	new Response(robotsTxt(sitemapIndexUrl), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});

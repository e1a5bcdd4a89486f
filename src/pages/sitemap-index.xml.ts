import type { APIRoute } from 'astro';
import { sitemapIndexXml } from '../lib/site/sitemaps/sitemap.ts';
import { siteSitemaps, sitemapUrl } from '../data/sitemaps.ts';

/** The sitemap index robots.txt names: every page sitemap, and the Google News one when due. */
export const GET: APIRoute = async () =>
	new Response(sitemapIndexXml(await siteSitemaps(), sitemapUrl), {
		headers: { 'Content-Type': 'application/xml; charset=utf-8' },
	});

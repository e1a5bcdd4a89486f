import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { siteSitemaps } from '../data/sitemaps.ts';
import { pageCacheKey } from '../lib/site/listings/cache-key.ts';

/**
 * `sitemap-0.xml` (and on, past 50,000 pages), and `sitemap-news.xml` when articles are recent;
 * each keyed by its text, so an incremental build restores a sitemap that lists nothing new.
 */
export const getStaticPaths = async () =>
	(await siteSitemaps()).map((file) => ({
		params: { name: file.name },
		props: { xml: file.xml },
		cacheKey: pageCacheKey(`sitemap ${file.name}`, file.xml),
	}));

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
	new Response(props.xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });

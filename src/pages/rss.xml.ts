import type { APIRoute } from 'astro';
import { siteFeed } from '../data/feeds.ts';

/** The site-wide feed (see src/data/feeds.ts). */
export const GET: APIRoute = () => siteFeed('rss');

import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { authorFeed, authorFeedPaths } from '../../../data/feeds.ts';

/** An Atom feed per author: their latest articles, full text (see src/data/feeds.ts). */
export const getStaticPaths = authorFeedPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
	authorFeed(props.author);

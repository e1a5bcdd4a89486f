import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { editionFeedPaths, siteFeed } from '../../data/feeds.ts';

/** Each edition's feed (see src/data/feeds.ts): `/feed.json`, `/ar/feed.json`... */
export const getStaticPaths = () => editionFeedPaths('json');

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
	siteFeed('json', props.edition);

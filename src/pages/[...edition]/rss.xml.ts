import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { editionFeedPaths, siteFeed } from '../../data/feeds.ts';

/** Each edition's feed (see src/data/feeds.ts): `/rss.xml`, `/ar/rss.xml`... */
export const getStaticPaths = () => editionFeedPaths('rss');

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
	siteFeed('rss', props.edition);

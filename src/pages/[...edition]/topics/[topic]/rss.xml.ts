import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { topicFeed, topicFeedPaths } from '../../../../data/feeds.ts';

/** One feed per topic (see src/data/feeds.ts); restored from the cache while its articles are unchanged. */
export const getStaticPaths = () => topicFeedPaths('rss');

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
	topicFeed('rss', props.topic, props.edition);

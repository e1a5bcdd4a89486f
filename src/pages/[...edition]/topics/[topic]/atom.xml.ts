import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { topicFeed, topicFeedPaths } from '../../../../data/feeds.ts';

/** One feed per topic (see src/data/feeds.ts); restored from the cache while its articles are unchanged. */
export const getStaticPaths = () => topicFeedPaths('atom');

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
	topicFeed('atom', props.topic, props.edition);

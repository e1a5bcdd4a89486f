import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { topicFeed, topicFeedPaths } from '../../../data/feeds.ts';

/** One feed per topic (see src/loaders/feeds.ts). */
export const getStaticPaths = topicFeedPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
	topicFeed('rss', props.topic);

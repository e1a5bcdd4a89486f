import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { updatesFeed, updatesFeedPaths } from '../../../data/feeds.ts';

/** A live article's Atom feed of updates (see src/data/feeds.ts). */
export const getStaticPaths = (() => updatesFeedPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
	updatesFeed(props.entry);

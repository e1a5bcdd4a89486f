import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { editionFeedPaths, siteFeed } from '../../data/feeds.ts';

/** Each edition's feed (see src/data/feeds.ts): `/atom.xml`, `/ar/atom.xml`... */
export const getStaticPaths = () => editionFeedPaths('atom');

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
	siteFeed('atom', props.edition);

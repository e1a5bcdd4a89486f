import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { brandFiles } from '../../data/brand.ts';
import { pageCacheKey } from '../../lib/site/listings/cache-key.ts';

/** The favicon set and the logo, made from the files the site settings name (src/data/brand.ts). */
export const getStaticPaths = (() =>
	brandFiles().map((file) => ({
		params: { file: file.name },
		props: { file },
		// Rasterizing takes sharp most of a second a file: an unchanged file is restored instead.
		cacheKey: pageCacheKey(file.name, file.key),
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) =>
	new Response(Buffer.from(await props.file.bytes()), {
		headers: { 'Content-Type': props.file.type },
	});

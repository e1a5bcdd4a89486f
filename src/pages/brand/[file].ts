import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { brandFiles } from '../../data/brand.ts';

/** The favicon set and the logo, made from the files the site settings name (src/data/brand.ts). */
export const getStaticPaths = (() =>
	brandFiles().map((file) => ({
		params: { file: file.name },
		props: { file },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) =>
	new Response(Buffer.from(await props.file.bytes()), {
		headers: { 'Content-Type': props.file.type },
	});

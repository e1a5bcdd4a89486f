import { buildFixtureSite } from './build-site.ts';
import { ROOT_BUILD, SUB_PATH_BUILD } from '../shared/paths.ts';

/**
 * Vitest global setup of the `build` project: builds the fixture site once per run, at the
 * host's root and under a sub-path. The builds run one after the other: both write Astro's
 * generated types in `.astro/`.
 */
export default async function setup(): Promise<void> {
	await buildFixtureSite(ROOT_BUILD);
	await buildFixtureSite(SUB_PATH_BUILD);
}

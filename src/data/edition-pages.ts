import { editionParam } from '../lib/site/editions/editions.ts';
import { pageCacheKey } from '../lib/site/listings/cache-key.ts';
import { siteData, type EditionData } from './site-data.ts';

/**
 * The paths of a page every edition has once (`/archive/`, `/ar/archive/`...), named `name`:
 * each edition's params, the edition and what `shows` picks of its data as props, and what it
 * shows as the cache key, so the page is restored in an incremental build while that is unchanged.
 */
export async function editionPages<T>(name: string, shows: (data: EditionData) => T) {
	return (await siteData()).editions.map((data) => {
		const { edition } = data;
		const shown = shows(data);
		return {
			params: { edition: editionParam(edition) },
			props: { edition, shown },
			cacheKey: pageCacheKey(`${name} ${edition.root}`, shown),
		};
	});
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { editions } from '../../../src/site.config.ts';

/** One page as Pagefind stored it: what a search can find and show of it. */
export interface PagefindFragment {
	/** The page's URL relative to the site (without `base`; the browser script adds it). */
	url: string;
	/** The indexed text. */
	content: string;
	/** Metadata: `title` and whatever the page recorded with `data-pagefind-meta`. */
	meta: Record<string, string>;
	/** Filters recorded with `data-pagefind-filter`. */
	filters: Record<string, string[]>;
}

/** `pagefind/pagefind-entry.json`: the index's languages and their page counts. */
export interface PagefindEntry {
	version: string;
	languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/**
 * The shard folders of an edition's index, `<dist>/pagefind/` for the default edition or
 * `<dist>/ar/pagefind/` for `edition` `ar` (`0`, `1`…), in order.
 */
export function pagefindShards(dist: string, edition = ''): string[] {
	const folder = join(dist, edition, 'pagefind');
	if (edition !== '' && !existsSync(folder)) return [];
	return readdirSync(folder)
		.filter((name) => /^\d+$/.test(name))
		.sort((a, b) => Number(a) - Number(b));
}

/** Reads each shard's `pagefind-entry.json`. */
export function readPagefindEntries(dist: string, edition = ''): PagefindEntry[] {
	return pagefindShards(dist, edition).map(
		(shard) =>
			JSON.parse(
				readFileSync(join(dist, edition, 'pagefind', shard, 'pagefind-entry.json'), 'utf8'),
			) as PagefindEntry,
	);
}

// Pagefind writes each file gzipped, after this signature.
const SIGNATURE = 'pagefind_dcd';

/** Every page fragment of every shard (`<dist>/pagefind/<n>/fragment/`), decoded. */
export function readPagefindFragments(dist: string): PagefindFragment[] {
	// Every edition's index: the default edition's at the root, each other's under its root.
	return editions.flatMap(({ root }) => {
		const edition = root.slice(1, -1);
		return pagefindShards(dist, edition).flatMap((shard) =>
			shardFragments(join(dist, edition, 'pagefind', shard)),
		);
	});
}

function shardFragments(shard: string): PagefindFragment[] {
	const folder = join(shard, 'fragment');
	return readdirSync(folder)
		.filter((name) => name.endsWith('.pf_fragment'))
		.map((name) => {
			const bytes = gunzipSync(readFileSync(join(folder, name)));
			const signature = bytes.subarray(0, SIGNATURE.length).toString('utf8');
			if (signature !== SIGNATURE)
				throw new Error(`${name}: expected the signature ${SIGNATURE}, found ${signature}`);
			return JSON.parse(bytes.subarray(SIGNATURE.length).toString('utf8')) as PagefindFragment;
		});
}

import { createHash } from 'node:crypto';

/**
 * How the search index is split. Pagefind cannot update an index in place, so one index of the
 * whole archive would be rebuilt from every article whenever one changed. The index is cut into
 * shards instead, each a Pagefind index of its own that the search page merges in the browser
 * (`mergeIndex`): an article always falls in the same shard (by a hash of its slug), so one
 * change rebuilds one shard and the build reuses the others from its cache.
 */

/** About how many articles a shard holds: small enough to rebuild in a second or two. */
export const SHARD_TARGET = 640;

/**
 * The number of shards for `articles` articles: a power of two, so that growth past a threshold
 * splits every shard in two (one full rebuild, then reuse again); none for an empty archive.
 */
export function shardCount(articles: number): number {
	if (articles === 0) return 0;
	let count = 1;
	while (articles / count > SHARD_TARGET) count *= 2;
	return count;
}

/** The shard (0-based) an article's slug falls in, among `count`. */
export function shardOf(slug: string, count: number): number {
	if (count <= 1) return 0;
	return createHash('sha256').update(slug).digest().readUInt32BE(0) % count;
}

/** What decides a shard's index: its articles (slug and digest of what is indexed) and settings. */
export interface ShardInput {
	/** Everything besides the articles that shapes an index (Pagefind's version, language…). */
	settings: string;
	/** The shard's articles: each slug with a digest of the text it is indexed with. */
	articles: readonly { slug: string; digest: string }[];
}

/**
 * The cache key of a shard: equal keys give the same index, so a shard whose articles did not
 * change is reused from the last build.
 */
export function shardKey(input: ShardInput): string {
	const hash = createHash('sha256').update(input.settings).update('\0');
	for (const { slug, digest } of [...input.articles].sort((a, b) =>
		a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0,
	))
		hash.update(slug).update('\0').update(digest).update('\0');
	return hash.digest('hex').slice(0, 32);
}

/**
 * The folder of shard `index` of the edition at `root` in the output, relative to the site's
 * base: `pagefind/3/` for the default edition, `ar/pagefind/3/` for the one at `/ar/`.
 */
export function shardPath(index: number, root = '/'): string {
	return `${root.slice(1)}pagefind/${String(index)}/`;
}

/**
 * Whether a file of a Pagefind bundle is one the site serves. Pagefind also writes its three
 * ready-made interfaces (and a highlighter), which the search page does not use: 400 KB left out.
 */
export function isBundleFileServed(path: string): boolean {
	return !/^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(path);
}

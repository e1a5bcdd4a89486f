import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { BUILD_TIME } from '../lib/site/publishing/build-time.ts';
import { holdBack } from '../lib/site/publishing/publishing.ts';
import { searchRecordHtml } from '../lib/site/search/search-record.ts';
import { shardCount, shardKey, shardOf, shardPath } from '../lib/site/search/search-shards.ts';
import { primaryLanguage } from '../lib/core/language.ts';
import { articlesByEdition } from '../lib/site/editions/editions.ts';
import type { StoredArticle } from '../loaders/article-body-store.ts';
import { registeredArticles } from '../loaders/article-registry.ts';
import { recordStage } from './build-stages.ts';
import { inThread } from './page-files.ts';
import { COMPLETE, indexInThread, type Shard } from './search-shard-worker.ts';

/** Options of the search index integration. */
export interface SearchIndexOptions {
	/**
	 * The site's editions, the default first: each gets its own shards (`shardPath`), indexed in
	 * its language, and an article goes to its edition's (`editionOf`). Within an edition every
	 * article is indexed in the edition's language (Pagefind otherwise writes one index per
	 * language, and the default edition's search page would never find an article in a language
	 * the site has no edition for).
	 */
	editions: readonly { lang: string; root: string }[];
}

/**
 * The search index: Pagefind indexes of the published articles, one a shard (see
 * `search-shards.ts`), built from the parsed articles the loader holds (never from built pages),
 * in the background while pages render, and kept in the cache folder by a key of their articles'
 * digests. Once the output folder is emptied and the shards are ready, they are linked into
 * `<outDir>/pagefind/<n>/` on a thread of their own (`page-files.ts`) while pages still render.
 * A build that changed one article rebuilds one shard. Pagefind only reports its errors: any error, or a
 * shard whose page count is not its number of articles, fails the build.
 */
export function searchIndex({ editions }: SearchIndexOptions): AstroIntegration {
	let cacheRoot = '';
	let settings = '';
	let building: Promise<{ shards: Shard[]; built: number }> | undefined;
	let outDir = '';
	let placing: Promise<number> | undefined;
	return {
		name: 'search-index',
		hooks: {
			'astro:config:done': async ({ config }) => {
				cacheRoot = join(fileURLToPath(config.cacheDir), 'search-index');
				outDir = fileURLToPath(config.outDir);
				// The lockfile pins Pagefind's version; the rest is what this integration tells it.
				const lockfile = await readFile(
					join(fileURLToPath(config.root), 'package-lock.json'),
					'utf8',
				).catch(() => '');
				const pagefind = /"node_modules\/pagefind":\s*\{\s*"version":\s*"([^"]+)"/.exec(
					lockfile,
				)?.[1];
				settings = JSON.stringify({ pagefind, record: searchRecordHtml.toString() });
			},
			// Content has synced: index the changed shards while Vite builds and pages render.
			'astro:build:start': ({ logger }) => {
				building = buildShards(cacheRoot, settings, editions, logger);
				// Reported when awaited; a rejection here must not be unhandled meanwhile.
				building.catch(() => undefined);
			},
			// The output folder has been emptied: each shard goes in place as soon as it is ready, on a
			// thread of its own, while pages render.
			'astro:build:setup': () => {
				if (building === undefined) return;
				placing ??= building.then(async ({ shards }) => {
					for (const { root } of editions)
						await rm(join(outDir, root.slice(1), 'pagefind'), { recursive: true, force: true });
					return inThread({
						kind: 'folders',
						folders: shards.map((shard) => ({
							from: shard.cached,
							to: join(outDir, shardPath(shard.index, shard.root)),
						})),
						skip: COMPLETE,
					});
				});
				placing.catch(() => undefined);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				if (building === undefined || placing === undefined)
					throw new Error('Search index: the build never started it');
				const { shards, built } = await building;
				await placing;
				const out = fileURLToPath(dir);
				const bundle = join(out, 'pagefind');
				await pruneCache(cacheRoot, new Set(shards.map((shard) => shard.key)));
				const total = shards.reduce((sum, shard) => sum + shard.articles.length, 0);
				logger.info(
					`${String(total)} articles in ${String(shards.length)} shards (${String(built)} indexed, ${String(shards.length - built)} reused) in ${bundle}`,
				);
				recordStage('index', performance.now() - started);
			},
		},
	};
}

/** Builds every shard whose key is not in the cache; resolves every shard of this build. */
async function buildShards(
	cacheRoot: string,
	settings: string,
	editions: SearchIndexOptions['editions'],
	logger: AstroIntegrationLogger,
): Promise<{ shards: Shard[]; built: number }> {
	const published = registeredArticles().filter(
		(article) => holdBack(article.meta, BUILD_TIME) === undefined,
	);
	const byEdition = articlesByEdition(published, editions);
	const shards = editions.flatMap((edition) => {
		const own = byEdition.get(edition) ?? [];
		const { root } = edition;
		const language = primaryLanguage(edition.lang);
		const count = shardCount(own.length);
		const groups = Array.from({ length: count }, () => [] as StoredArticle[]);
		for (const article of own) groups[shardOf(article.slug, count)]?.push(article);
		return groups.map((articles, index): Shard => {
			const key = shardKey({
				settings: `${settings}\0${language}\0${root}\0${String(index)}/${String(count)}`,
				articles: articles.map(({ slug, bodyKey }) => ({ slug, digest: bodyKey })),
			});
			return { root, language, index, articles, key, cached: join(cacheRoot, key) };
		});
	});
	const stale = shards.filter((shard) => !existsSync(join(shard.cached, COMPLETE)));
	if (stale.length === 0) return { shards, built: 0 };
	// On a thread of its own: the main thread is rendering pages meanwhile, and indexing there
	// waited on every page for each of its steps.
	await indexInThread(stale, (position, shard) => {
		logger.info(
			`shard ${String(position + 1)} of ${String(stale.length)} indexed (${String(shard.articles.length)} articles)`,
		);
	});
	return { shards, built: stale.length };
}

/** Removes every cached shard this build does not use. */
async function pruneCache(cacheRoot: string, keep: ReadonlySet<string>): Promise<void> {
	let names: string[];
	try {
		names = await readdir(cacheRoot);
	} catch {
		return;
	}
	for (const name of names)
		if (!keep.has(name)) await rm(join(cacheRoot, name), { recursive: true, force: true });
}

import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { close, createIndex } from 'pagefind';
import { BUILD_TIME } from '../lib/site/publishing/build-time.ts';
import { holdBack } from '../lib/site/publishing/publishing.ts';
import { searchRecordHtml } from '../lib/site/search/search-record.ts';
import {
	isBundleFileServed,
	shardCount,
	shardKey,
	shardOf,
	shardPath,
} from '../lib/site/search/search-shards.ts';
import { articlePath } from '../lib/site/urls.ts';
import { primaryLanguage } from '../lib/core/language.ts';
import { articlesByEdition } from '../lib/site/editions/editions.ts';
import { loadArticle, type StoredArticle } from '../loaders/article-body-store.ts';
import { registeredArticles } from '../loaders/article-registry.ts';
import { recordStage } from './build-stages.ts';
import { inThread } from './page-files.ts';

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

/** One shard of this build: its edition, its articles, its cache key and where it is kept. */
interface Shard {
	/** The edition's root (`/`, `/ar/`). */
	root: string;
	/** The language its articles are indexed in (ISO 639-1). */
	language: string;
	index: number;
	articles: StoredArticle[];
	key: string;
	/** Its folder in the cache (complete once the marker is written). */
	cached: string;
}

/** Articles handed to Pagefind at once. */
const ADD_AT_ONCE = 32;

/** The marker written last into a cached shard, with the number of pages it holds. */
const COMPLETE = '.complete.json';

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
	try {
		for (const [position, shard] of stale.entries()) {
			await indexShard(shard);
			logger.info(
				`shard ${String(position + 1)} of ${String(stale.length)} indexed (${String(shard.articles.length)} articles)`,
			);
		}
	} finally {
		await close();
	}
	return { shards, built: stale.length };
}

/** Indexes one shard's articles with Pagefind into its cache folder; the marker goes last. */
async function indexShard(shard: Shard): Promise<void> {
	const errors: string[] = [];
	const { index, errors: created } = await createIndex({ forceLanguage: shard.language });
	errors.push(...created);
	if (index === undefined)
		throw new Error(`Search index: Pagefind created no index (${errors.join('; ')})`);
	// A few at a time: each is a message to Pagefind's process, which indexes while the next are
	// read. The bodies are read first and the messages sent in the shard's order: Pagefind numbers
	// pages as they arrive, and an order that followed file reads would change the index's bytes.
	for (let start = 0; start < shard.articles.length; start += ADD_AT_ONCE) {
		const batch = shard.articles.slice(start, start + ADD_AT_ONCE);
		const records = await Promise.all(
			batch.map(async (stored) => searchRecordHtml(await loadArticle(stored))),
		);
		const added = await Promise.all(
			batch.map((stored, position) =>
				index.addHTMLFile({ url: articlePath(stored.slug), content: records[position] ?? '' }),
			),
		);
		for (const { errors: fileErrors } of added) errors.push(...fileErrors);
	}
	const pages = shard.articles.length;
	const temporary = `${shard.cached}.tmp`;
	await rm(temporary, { recursive: true, force: true });
	const { files, errors: written } = await index.getFiles();
	errors.push(...written);
	if (errors.length > 0)
		throw new Error(
			['Search index: Pagefind reported errors:', ...errors.map((error) => `  ${error}`)].join(
				'\n',
			),
		);
	const entry = files.find((file) => file.path === 'pagefind-entry.json');
	const indexed = entry
		? Object.values(
				(
					JSON.parse(new TextDecoder().decode(entry.content)) as {
						languages: Record<string, { page_count: number }>;
					}
				).languages,
			).reduce((sum, lang) => sum + lang.page_count, 0)
		: 0;
	if (indexed !== pages)
		throw new Error(
			`Search index: Pagefind indexed ${String(indexed)} pages of shard ${String(shard.index)}: expected its ${String(pages)} articles`,
		);
	// Each file awaited to the end (Pagefind's own writeFiles once left a file different between
	// two identical builds on a loaded machine); only what the search page uses.
	for (const file of files.filter((entry) => isBundleFileServed(entry.path))) {
		const target = join(temporary, file.path);
		await mkdir(dirname(target), { recursive: true });
		await writeFile(target, file.content);
	}
	await writeFile(join(temporary, COMPLETE), JSON.stringify({ pages }));
	await rm(shard.cached, { recursive: true, force: true });
	await rename(temporary, shard.cached);
	await index.deleteIndex();
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

import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { close, createIndex } from 'pagefind';
import { searchRecordHtml } from '../lib/site/search/search-record.ts';
import { isBundleFileServed } from '../lib/site/search/search-shards.ts';
import { articlePath } from '../lib/site/urls.ts';
import {
	bodyDirInUse,
	loadArticle,
	useBodyDir,
	type StoredArticle,
} from '../loaders/article-body-store.ts';
import { runThread } from './thread.ts';

/**
 * Indexing the search index's shards with Pagefind (see `search-index.ts`), on a thread of its
 * own: each article's body is read, made into its search record and handed to Pagefind, and the
 * index written to the cache, while the main thread renders pages.
 */

/** One shard of this build: its edition, its articles, its cache key and where it is kept. */
export interface Shard {
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
export const COMPLETE = '.complete.json';

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

/** What the thread is given: the shards to index, and where the articles' bodies are. */
interface ShardJob {
	shards: readonly Shard[];
	bodies: string;
}

/**
 * Indexes `shards` one after the other on a thread of its own, calling `indexed` as each is
 * done; rejects with the first error.
 */
export function indexInThread(
	shards: readonly Shard[],
	indexed: (position: number, shard: Shard) => void,
): Promise<void> {
	const bodies = bodyDirInUse();
	if (bodies === undefined)
		return Promise.reject(new Error('Search index: no body folder; content did not sync'));
	const job: ShardJob = { shards, bodies };
	return runThread<number>(
		new URL(import.meta.url),
		job,
		(position) => {
			const shard = shards[position];
			if (shard !== undefined) indexed(position, shard);
		},
		'Search index: indexing',
	);
}

if (!isMainThread && parentPort !== null) {
	const { shards, bodies } = workerData as ShardJob;
	const port = parentPort;
	useBodyDir(bodies);
	try {
		for (const [position, shard] of shards.entries()) {
			await indexShard(shard);
			port.postMessage(position);
		}
	} finally {
		await close();
	}
}

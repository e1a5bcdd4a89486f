import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
	ArticleSchema,
	LeadSchema,
	LiveSchema,
	LiveUpdateSchema,
	PartSchema,
	SectionSchema,
	type Article,
} from '../lib/article/article-schema.ts';

/**
 * Everything about stored articles between builds: the article index (every article's metadata,
 * without its body), the body files that hold the rest, and `loadArticle`, which puts an article
 * together for its page and its feeds.
 *
 * Both live in Astro's cache folder. Bodies are named by the digest of their source, so a name
 * never goes stale and nothing stored holds a path: a project moved to another folder (or a
 * cache restored into another checkout) finds them where its own cache folder is.
 *
 * Astro's content store keeps only what `astro:assets` must see of an article (its images) and
 * its digest: the store is serialized with `devalue` at every sync, parsed back twice (by the
 * sync and by the pages' bundle) and bundled by Vite as one module, and ten thousand articles'
 * metadata in it cost a build seconds at each step. The index is plain JSON, read once.
 */

/**
 * What the article index keeps of an article: everything but its parts, which wait in a body
 * file of their own until its page is rendered. Listings, feeds of titles and related links
 * need no HTML, and a store of ten thousand bodies costs the build gigabytes.
 */
export const StoredArticleSchema = ArticleSchema.extend({
	lead: LeadSchema.omit({ parts: true }),
	sections: z.array(SectionSchema.omit({ parts: true })),
	/** A live article's coverage, each update without its parts (listings and feeds need its time). */
	live: LiveSchema.extend({ updates: z.array(LiveUpdateSchema.omit({ parts: true })) }).optional(),
	/** The body file's key: the digest of the article's source. */
	bodyKey: z.string().regex(/^[0-9a-z]+$/),
});
export type StoredArticle = z.infer<typeof StoredArticleSchema>;

/** An article's parts: the lead's, then each section's, in order. */
export const ArticleBodySchema = z.strictObject({
	/** The lead's parts. */
	lead: z.array(PartSchema),
	/** Each section's parts, in the order of `Article.sections`. */
	sections: z.array(z.array(PartSchema)),
	/** A live article's updates' parts, in the order of `Article.live.updates`. */
	updates: z.array(z.array(PartSchema)).optional(),
});
export type ArticleBody = z.infer<typeof ArticleBodySchema>;

/** Takes an article's parts out, to be kept apart from the rest under `bodyKey`. */
export function splitBody(
	article: Article,
	bodyKey: string,
): { stored: StoredArticle; body: ArticleBody } {
	return {
		stored: {
			...article,
			lead: withoutParts(article.lead),
			sections: article.sections.map(withoutParts),
			...(article.live === undefined
				? {}
				: {
						live: {
							...article.live,
							updates: article.live.updates.map(withoutParts),
						},
					}),
			bodyKey,
		},
		body: {
			lead: article.lead.parts,
			sections: article.sections.map((section) => section.parts),
			...(article.live === undefined
				? {}
				: { updates: article.live.updates.map((update) => update.parts) }),
		},
	};
}

/** `value` without its `parts`, which the body keeps. */
function withoutParts<T extends { parts: unknown }>({ parts, ...rest }: T): Omit<T, 'parts'> {
	return rest;
}

/** Puts an article back together from what the store kept and its body. */
export function joinBody(stored: StoredArticle, body: ArticleBody): Article {
	if (body.sections.length !== stored.sections.length) {
		throw new Error(
			`the body ${stored.bodyKey} has ${body.sections.length} sections, the article ${stored.slug} ${stored.sections.length}`,
		);
	}
	// The lead, sections and updates get their parts back; the rest is the article's as stored.
	const { lead, sections, live, bodyKey, ...rest } = stored;
	return {
		...(live === undefined
			? {}
			: {
					live: {
						...live,
						updates: live.updates.map((update, index) => ({
							...update,
							parts: body.updates?.[index] ?? [],
						})),
					},
				}),
		...rest,
		lead: { parts: body.lead, words: lead.words },
		sections: sections.map((section, index) => ({
			...section,
			parts: body.sections[index] ?? [],
		})),
	};
}

/** The folder, below Astro's cache folder, that holds article bodies between builds. */
export function bodyDir(cacheDir: string): string {
	return join(cacheDir, 'article-bodies');
}

function bodyPath(dir: string, bodyKey: string): string {
	return join(dir, `${bodyKey}.json`);
}

/** Where parsed bodies go: the body store in a build, nowhere in a check. */
export interface BodySink {
	/** Whether the body of `key` is already kept (an unchanged article needs no parse). */
	has(key: string): boolean;
	/** Keeps the body of a freshly parsed article under `key`. */
	write(key: string, body: ArticleBody): void;
}

/** A sink that keeps nothing: every article is parsed, and its body dropped. */
export const DISCARD_BODIES: BodySink = { has: () => false, write: () => undefined };

/**
 * The body store in `dir` (made if missing) as a sink: bodies kept by digest between builds. The
 * folder is listed once, so that checking ten thousand bodies costs no call each.
 */
export function bodyStore(dir: string): BodySink {
	mkdirSync(dir, { recursive: true });
	const kept = new Set(readdirSync(dir).map((name) => name.replace(/\.json$/, '')));
	return {
		has: (key) => kept.has(key),
		write: (key, body) => {
			writeArticleBody(dir, key, body);
			kept.add(key);
		},
	};
}

/** Writes a body where `readArticleBody` finds it. */
export function writeArticleBody(dir: string, bodyKey: string, body: ArticleBody): void {
	writeFileSync(bodyPath(dir, bodyKey), JSON.stringify(body));
}

/**
 * Reads the body of `bodyKey` from `dir`, synchronously: a page reads one small file, and an
 * asynchronous read costs more in round trips through Node's thread pool than it saves.
 */
export function readArticleBody(dir: string, bodyKey: string): ArticleBody {
	return ArticleBodySchema.parse(JSON.parse(readFileSync(bodyPath(dir, bodyKey), 'utf8')));
}

/** Makes the folder, then removes every body file whose key is not in `keep`. */
export function pruneBodies(dir: string, keep: ReadonlySet<string>): void {
	mkdirSync(dir, { recursive: true });
	for (const name of readdirSync(dir))
		if (!keep.has(name.replace(/\.json$/, ''))) rmSync(join(dir, name), { force: true });
}

/** The article index's file in Astro's cache folder. */
export function articleIndexFile(cacheDir: string): string {
	return join(cacheDir, 'article-index.json');
}

/** A file's size and modification time: while both are as they were, so is its digest. */
export interface FileStamp {
	size: number;
	mtimeMs: number;
}

/** What a build knew of an article file: its stamp, and its digest then. */
export interface KnownFile extends FileStamp {
	digest: string;
}

/** The article index: what the last build knew of every article and its file. */
export interface ArticleIndex {
	/** What that build's digests were salted with (the site settings, the pipeline's code). */
	salt: string;
	/** Every article, by slug. */
	articles: ReadonlyMap<string, StoredArticle>;
	/** Every article file (relative to the project root), its stamp and digest. */
	files: ReadonlyMap<string, KnownFile>;
}

/** The index of a first build. */
const NO_INDEX: ArticleIndex = { salt: '', articles: new Map(), files: new Map() };

/**
 * The article index the last build wrote; empty when there is none or it cannot be read (every
 * article is then read and parsed again). An article is reused only when its `bodyKey` is the
 * digest of the file as it is now, which covers the pipeline's code, so no stale shape survives.
 */
export function readArticleIndex(file: string): ArticleIndex {
	let index: unknown;
	try {
		index = JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return NO_INDEX;
	}
	const { salt, articles, files } = (index ?? {}) as Record<string, unknown>;
	if (typeof salt !== 'string' || !isRecord(articles) || !isRecord(files)) return NO_INDEX;
	return {
		salt,
		articles: new Map(Object.entries(articles as Record<string, StoredArticle>)),
		files: new Map(Object.entries(files as Record<string, KnownFile>)),
	};
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Writes the article index. */
export function writeArticleIndex(file: string, index: ArticleIndex): void {
	writeFileSync(
		file,
		JSON.stringify({
			salt: index.salt,
			articles: Object.fromEntries(index.articles),
			files: Object.fromEntries(index.files),
		}),
	);
}

// The loader and the pages run in one process (`astro build` prerenders in-process, and so does
// `astro dev`) but in different module graphs: the folder the loader keeps bodies in reaches the
// pages on globalThis, under a registered symbol, so no path is baked into the built pages.
const BODY_DIR = Symbol.for('news-reader.article-body-dir');

/** Records the folder this build's bodies are in; the loader calls it before pages render. */
export function useBodyDir(dir: string): void {
	(globalThis as { [BODY_DIR]?: string })[BODY_DIR] = dir;
}

/** The folder this build's bodies are in, once the loader has said it. */
export function bodyDirInUse(): string | undefined {
	return (globalThis as { [BODY_DIR]?: string })[BODY_DIR];
}

/** An article whole, for its page and its feeds: the stored metadata and its body. */
// eslint-disable-next-line @typescript-eslint/require-await -- a promise, so that a missing body is a rejection to every caller
export async function loadArticle(stored: StoredArticle): Promise<Article> {
	const dir = bodyDirInUse();
	if (dir === undefined) {
		throw new Error('loadArticle: no body folder; the article loader sets it as content syncs');
	}
	return joinBody(stored, readArticleBody(dir, stored.bodyKey));
}

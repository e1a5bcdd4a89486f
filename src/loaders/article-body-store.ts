import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleBodySchema, type ArticleBody } from '../lib/article/schema.ts';

/** The folder, below Astro's cache folder, that holds article bodies between builds. */
export function bodyDir(cacheDir: string): string {
	return join(cacheDir, 'article-bodies');
}

/** The body file of an article with `digest` (the digest names its content, so it never goes stale). */
export function bodyFileName(digest: string): string {
	return `${digest}.json`;
}

/** Writes a body where `readArticleBody` finds it. */
export function writeArticleBody(path: string, body: ArticleBody): void {
	writeFileSync(path, JSON.stringify(body));
}

/** Reads the body an article's page renders. */
export async function readArticleBody(path: string): Promise<ArticleBody> {
	return ArticleBodySchema.parse(JSON.parse(await readFile(path, 'utf8')));
}

/** Makes the folder, then removes every body file no stored article refers to. */
export function pruneBodies(dir: string, keep: ReadonlySet<string>): void {
	mkdirSync(dir, { recursive: true });
	for (const name of readdirSync(dir))
		if (!keep.has(name)) rmSync(join(dir, name), { force: true });
}

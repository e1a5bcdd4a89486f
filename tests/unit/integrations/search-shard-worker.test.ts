import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	COMPLETE,
	indexInThread,
	type Shard,
} from '../../../src/integrations/search-shard-worker.ts';
import { parseArticle } from '../../../src/lib/pipeline/parse-article.ts';
import {
	splitBody,
	useBodyDir,
	writeArticleBody,
} from '../../../src/loaders/article-body-store.ts';
import { articleSource, TEST_OPTIONS } from '../../helpers/shared/article-options.ts';

const root = mkdtempSync(join(tmpdir(), 'search-shard-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const bodies = join(root, 'bodies');
mkdirSync(bodies);
useBodyDir(bodies);

/** A shard of `count` stored articles whose bodies are written to the body folder. */
function shardOf(name: string, count: number): Shard {
	const articles = Array.from({ length: count }, (_, index) => {
		const file = `content/articles/${name}-${String(index)}.md`;
		const source = articleSource(`The flood wall held at river mile ${String(index)}.`);
		const { stored, body } = splitBody(parseArticle(source, file, TEST_OPTIONS), `${name}${index}`);
		writeArticleBody(bodies, stored.bodyKey, body);
		return stored;
	});
	return { root: '/', language: 'en', index: 0, articles, key: name, cached: join(root, name) };
}

describe('indexInThread (search shards indexed off the main thread)', () => {
	it('writes each shard’s Pagefind index to its cache folder, marker last, and says so', async () => {
		const shards = [shardOf('first', 3), shardOf('second', 2)];
		const said: string[] = [];
		await indexInThread(shards, (position, shard) => said.push(`${String(position)} ${shard.key}`));
		expect(said).toEqual(['0 first', '1 second']);
		for (const shard of shards) {
			expect(JSON.parse(readFileSync(join(shard.cached, COMPLETE), 'utf8'))).toEqual({
				pages: shard.articles.length,
			});
			expect(existsSync(join(shard.cached, 'pagefind-entry.json'))).toBe(true);
		}
	});

	it('rejects with the reason when an article’s body cannot be read, and marks nothing done', async () => {
		const shard = shardOf('broken', 2);
		const [first] = shard.articles;
		if (first === undefined) throw new Error('no article');
		shard.articles[0] = { ...first, bodyKey: 'missing' };
		await expect(indexInThread([shard], () => undefined)).rejects.toThrow(/missing/);
		expect(existsSync(join(shard.cached, COMPLETE))).toBe(false);
	});
});

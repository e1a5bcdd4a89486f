import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	ArticleBodySchema,
	articleIndexFile,
	bodyStore,
	joinBody,
	loadArticle,
	pruneBodies,
	readArticleBody,
	readArticleIndex,
	splitBody,
	StoredArticleSchema,
	useBodyDir,
	writeArticleIndex,
} from '../../../src/loaders/article-body-store.ts';
import { parseArticle } from '../../../src/lib/pipeline/parse-article.ts';
import { TEST_OPTIONS } from '../../helpers/shared/article-options.ts';

const FILE = 'content/articles/protesters-storm-us-embassy-in-baghdad.md';
const article = parseArticle(readFileSync(FILE, 'utf8'), FILE, TEST_OPTIONS);
const dir = mkdtempSync(join(tmpdir(), 'article-bodies-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('splitBody and joinBody', () => {
	it('keep no HTML and no path in the stored article', () => {
		const { stored } = splitBody(article, 'abc123');
		expect(StoredArticleSchema.parse(stored)).toEqual(stored);
		expect(JSON.stringify(stored)).not.toContain('<p>');
		expect(JSON.stringify(stored)).not.toContain('/');
	});

	it('give back the article they were given', () => {
		const { stored, body } = splitBody(article, 'abc123');
		expect(joinBody(stored, ArticleBodySchema.parse(JSON.parse(JSON.stringify(body))))).toEqual(
			article,
		);
	});

	it('refuse a body whose sections do not match the article', () => {
		const { stored, body } = splitBody(article, 'abc123');
		expect(() => joinBody(stored, { ...body, sections: [] })).toThrow(
			/has 0 sections, the article protesters-storm-us-embassy-in-baghdad 2/,
		);
	});
});

describe('the body store', () => {
	it('writes a body by key, reads it back, and loads the whole article from the store it was told of', async () => {
		const { stored, body } = splitBody(article, 'k1');
		const sink = bodyStore(dir);
		expect(sink.has('k1')).toBe(false);
		sink.write('k1', body);
		expect(sink.has('k1')).toBe(true);
		expect(readArticleBody(dir, 'k1')).toEqual(body);
		useBodyDir(dir);
		expect(await loadArticle(stored)).toEqual(article);
	});

	it('prunes every body whose key is not kept', () => {
		const sink = bodyStore(dir);
		const { body } = splitBody(article, 'k2');
		sink.write('k2', body);
		sink.write('k3', body);
		pruneBodies(dir, new Set(['k3']));
		// A store opened afterwards lists the folder as it is now.
		const reopened = bodyStore(dir);
		expect([reopened.has('k2'), reopened.has('k3')]).toEqual([false, true]);
	});
});

describe('the article index', () => {
	it('gives back every article and file it was written with', () => {
		const { stored } = splitBody(article, 'k4');
		const other = { ...stored, slug: 'another-article', bodyKey: 'k5' };
		const file = articleIndexFile(dir);
		const known = { size: 1234, mtimeMs: 1700000000123.5, digest: 'k4' };
		writeArticleIndex(file, {
			salt: 'salt-1',
			articles: new Map([
				[stored.slug, stored],
				[other.slug, other],
			]),
			files: new Map([['content/articles/a.md', known]]),
		});
		const index = readArticleIndex(file);
		expect(index.salt).toBe('salt-1');
		expect([...index.articles.keys()]).toEqual([stored.slug, 'another-article']);
		expect(index.articles.get(stored.slug)).toEqual(stored);
		expect(index.articles.get('another-article')).toEqual(other);
		expect(index.files.get('content/articles/a.md')).toEqual(known);
	});

	it('is empty when the file is missing or unreadable, so every article is read and parsed again', () => {
		const empty = (path: string) => {
			const index = readArticleIndex(path);
			return [index.salt, index.articles.size, index.files.size];
		};
		expect(empty(join(dir, 'no-such-index.json'))).toEqual(['', 0, 0]);
		const broken = join(dir, 'broken-index.json');
		for (const text of [
			'{"half": ',
			'[1, 2]',
			'null',
			'{"salt": 1, "articles": {}, "files": {}}',
		]) {
			writeFileSync(broken, text);
			expect(empty(broken)).toEqual(['', 0, 0]);
		}
	});
});

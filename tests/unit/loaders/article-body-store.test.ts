import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	ArticleBodySchema,
	bodyStore,
	joinBody,
	loadArticle,
	pruneBodies,
	readArticleBody,
	splitBody,
	StoredArticleSchema,
	useBodyDir,
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

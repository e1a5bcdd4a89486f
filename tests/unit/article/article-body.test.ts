import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinBody, splitBody } from '../../../src/lib/article/article-body.ts';
import { parseArticle } from '../../../src/lib/article/parse-article.ts';
import { ArticleBodySchema, StoredArticleSchema } from '../../../src/lib/article/schema.ts';
import { TEST_OPTIONS } from '../../helpers/article-options.ts';

const FILE = 'content/articles/protesters-storm-us-embassy-in-baghdad.md';
const article = parseArticle(readFileSync(FILE, 'utf8'), FILE, TEST_OPTIONS);

describe('splitBody and joinBody', () => {
	it('keep no HTML in the stored article', () => {
		const { stored } = splitBody(article, '/cache/x.json');
		expect(StoredArticleSchema.parse(stored)).toEqual(stored);
		expect(JSON.stringify(stored)).not.toContain('<p>');
	});

	it('give back the article they were given', () => {
		const { stored, body } = splitBody(article, '/cache/x.json');
		expect(joinBody(stored, ArticleBodySchema.parse(JSON.parse(JSON.stringify(body))))).toEqual(
			article,
		);
	});

	it('refuse a body whose sections do not match the article', () => {
		const { stored, body } = splitBody(article, '/cache/x.json');
		expect(() => joinBody(stored, { ...body, sections: [] })).toThrow(
			/has 0 sections, the article 2/,
		);
	});
});

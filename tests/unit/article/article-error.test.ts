import { describe, expect, it } from 'vitest';
import {
	ArticleError,
	describeFound,
	formatProblem,
} from '../../../src/lib/article/article-error.ts';

describe('formatProblem', () => {
	it('puts file and line first, then where, expected and found', () => {
		expect(
			formatProblem({
				file: 'content/articles/x.md',
				line: 3,
				where: 'front matter "pubDate"',
				expected: 'expected a date',
				found: '"31/12/2019"',
			}),
		).toBe('content/articles/x.md:3 front matter "pubDate": expected a date, found "31/12/2019"');
	});

	it('leaves out a line it does not know', () => {
		expect(formatProblem({ file: 'x.md', where: 'file name', expected: 'expected a slug' })).toBe(
			'x.md file name: expected a slug',
		);
	});
});

describe('ArticleError', () => {
	it('lists every problem, sorted by file and line, with counts', () => {
		const error = new ArticleError([
			{ file: 'b.md', line: 2, where: 'body', expected: 'expected x' },
			{ file: 'a.md', line: 9, where: 'body', expected: 'expected y' },
			{ file: 'a.md', line: 3, where: 'body', expected: 'expected z' },
		]);
		expect(error.message).toMatchInlineSnapshot(`
			"3 problems in 2 article files:
			  a.md:3 body: expected z
			  a.md:9 body: expected y
			  b.md:2 body: expected x"
		`);
	});
});

describe('describeFound', () => {
	it('quotes strings and shortens long values', () => {
		expect(describeFound('x')).toBe('"x"');
		expect(describeFound(undefined)).toBe('nothing');
		expect(describeFound('a'.repeat(200))).toHaveLength(80);
	});
});

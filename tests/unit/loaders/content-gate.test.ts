import { describe, expect, it } from 'vitest';
import { contentGate } from '../../../src/loaders/content-gate.ts';

const problem = (file: string) => ({ file, where: 'body', expected: 'expected text' });
const NOUNS = { articles: 'article file', authors: 'author file', pages: 'page file' };

describe('contentGate', () => {
	it('holds every loader until all have settled, then gives each the problems of all', async () => {
		const gate = contentGate(NOUNS);
		let released = false;
		const articles = gate.settle('articles', [problem('content/articles/a.md')]).then((result) => {
			released = true;
			return result;
		});
		const authors = gate.settle('authors', [problem('content/authors/b.md')]);
		await Promise.resolve();
		expect(released).toBe(false);
		const pages = gate.settle('pages', []);
		const expected = {
			problems: [problem('content/articles/a.md'), problem('content/authors/b.md')],
			noun: 'content file',
		};
		expect(await articles).toEqual(expected);
		expect(await authors).toEqual(expected);
		expect(await pages).toEqual(expected);
	});

	it('names the files after the one loader with problems, and starts a new round after each', async () => {
		const gate = contentGate(NOUNS);
		const first = Promise.all([
			gate.settle('pages', [problem('content/pages/about.md')]),
			gate.settle('articles', []),
			gate.settle('authors', []),
		]);
		expect((await first)[0]).toEqual({
			problems: [problem('content/pages/about.md')],
			noun: 'page file',
		});
		const second = Promise.all([
			gate.settle('articles', []),
			gate.settle('authors', []),
			gate.settle('pages', []),
		]);
		expect((await second)[0].problems).toEqual([]);
	});

	it('never leaves a loader waiting when only some collections sync again', async () => {
		const gate = contentGate(NOUNS);
		const stranded = gate.settle('authors', [problem('content/authors/b.md')]);
		void gate.settle('authors', []);
		expect(await stranded).toEqual({
			problems: [problem('content/authors/b.md')],
			noun: 'author file',
		});
	});
});

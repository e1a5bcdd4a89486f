import { describe, expect, it } from 'vitest';
import { outputFiles } from '../../../src/integrations/restore-pages.ts';

describe("outputFiles (the pages of Astro's incremental cache list)", () => {
	it('lists the output file of every path of every route', () => {
		const manifest = {
			version: 1,
			routes: {
				'src/pages/articles/[slug].astro': {
					dependencyHash: 'x',
					paths: {
						'/articles/a/': { cacheKey: '1', outputFile: 'articles/a/index.html' },
						'/articles/b/': { cacheKey: '2', outputFile: 'articles/b/index.html' },
					},
				},
				'src/pages/rss.xml.ts': { paths: { '/rss.xml': { cacheKey: '3', outputFile: 'rss.xml' } } },
			},
		};
		expect(outputFiles(JSON.stringify(manifest))).toEqual([
			'articles/a/index.html',
			'articles/b/index.html',
			'rss.xml',
		]);
	});

	it('names nothing outside the output folder, and nothing from a list it cannot read', () => {
		const manifest = {
			routes: {
				r: {
					paths: {
						a: { outputFile: '../../etc/passwd' },
						b: { outputFile: '/etc/passwd' },
						c: { outputFile: 'articles/../../x' },
						d: { outputFile: 42 },
						e: { outputFile: 'ok/index.html' },
					},
				},
			},
		};
		expect(outputFiles(JSON.stringify(manifest))).toEqual(['ok/index.html']);
		for (const text of ['', '{"routes": ', 'null', '[]', '{"routes": {"r": {}}}'])
			expect(outputFiles(text)).toEqual([]);
	});
});

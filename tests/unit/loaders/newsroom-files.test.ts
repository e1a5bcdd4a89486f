import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/article/article-error.ts';
import { loadAuthors, loadPages } from '../../../src/loaders/newsroom-files.ts';

const root = mkdtempSync(join(tmpdir(), 'newsroom-files-'));
const write = (path: string, text: string) => {
	mkdirSync(join(root, path, '..'), { recursive: true });
	writeFileSync(join(root, path), text);
};
write('articles/river-bridge.md', '---\ntitle: x\n---\n');
write(
	'authors/jane-doe.md',
	'---\nname: Jane Doe\nimage: ./images/missing.jpg\n---\n\nSee [the bridge](../../articles/river-bridge/) and [the tram](../../articles/tram/).\n',
);
write('authors/jane-doe-2.md', '---\nname: jane doe\n---\n');
write('authors/sam-lee.md', '---\nname: Sam Lee\nrole: [not, a, string]\n---\n');
write('pages/about.md', '---\ntitle: About\ndescription: Who we are.\n---\n\nA small newsroom.\n');
const parse = { timeZone: 'UTC', defaultLang: 'en' };
const options = (folder: string) => ({
	root,
	base: join(root, folder),
	articles: join(root, 'articles'),
	parse,
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('loadAuthors', () => {
	it('parses every author file and reports every problem of the folder at once', async () => {
		const { entries, problems } = await loadAuthors(options('authors'));
		expect(entries.map((entry) => entry.value.id)).toEqual(['jane-doe-2', 'jane-doe']);
		expect(problems.map(formatProblem).sort()).toEqual([
			'authors/jane-doe-2.md:2 front matter "name": expected a name of its own: bylines could not tell it from authors/jane-doe.md, found "jane doe"',
			'authors/jane-doe.md:2 front matter "name": expected a name of its own: bylines could not tell it from authors/jane-doe-2.md, found "Jane Doe"',
			'authors/jane-doe.md:3 front matter "image": expected the path of an image file, relative to the author file, found "./images/missing.jpg", which does not exist',
			'authors/jane-doe.md:6 body: expected a link to an article that exists, found a link to "tram", which no article file defines',
			'authors/sam-lee.md:3 front matter "role": expected text, found ["not","a","string"]',
		]);
	});

	it('takes a file that `reuse` answers as it was parsed before, and checks it all the same', async () => {
		// Unparsable text: reused, it is not parsed again; its stored value's broken link is reported.
		write('reused/ann-ray.md', '---\nname: [broken\n');
		write('reused/sam-lee.md', '---\nname: Sam Lee\n---\n');
		const stored = {
			id: 'ann-ray',
			name: 'Ann Ray',
			links: [],
			lead: { parts: [], words: 0 },
			sections: [],
			articleLinks: [{ slug: 'gone', line: 7 }],
		};
		const asked: [string, string][] = [];
		const { entries, problems } = await loadAuthors(options('reused'), (file, source) => {
			asked.push([file, source]);
			return file.endsWith('ann-ray.md') ? stored : undefined;
		});
		expect(asked).toEqual([
			['reused/ann-ray.md', '---\nname: [broken\n'],
			['reused/sam-lee.md', '---\nname: Sam Lee\n---\n'],
		]);
		expect(entries.map((entry) => entry.value)).toEqual([
			stored,
			expect.objectContaining({ id: 'sam-lee', name: 'Sam Lee' }),
		]);
		expect(problems.map(formatProblem)).toEqual([
			'reused/ann-ray.md:7 body: expected a link to an article that exists, found a link to "gone", which no article file defines',
		]);
	});

	it('finds no author in a folder that does not exist', async () => {
		expect(await loadAuthors(options('nobody'))).toEqual({ entries: [], problems: [] });
	});
});

describe('loadPages', () => {
	it('reports a page the site settings name that has no file, as a problem of the settings', async () => {
		const { entries, problems } = await loadPages({
			...options('pages'),
			required: [
				['pages.about', 'about'],
				['pages.ethics', 'ethics-policy'],
			],
			configFile: 'src/site.config.ts',
		});
		expect(entries.map((entry) => entry.value.slug)).toEqual(['about']);
		expect(problems.map(formatProblem)).toEqual([
			'src/site.config.ts setting "pages.ethics": expected the slug of a page file in pages/, found "ethics-policy", which no page file defines',
		]);
	});
});

import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../../src/lib/article/article-error.ts';
import { parseAuthor, parsePage } from '../../../src/lib/pipeline/parse-newsroom.ts';

const OPTIONS = { timeZone: 'UTC', defaultLang: 'en' };

/** The problems `parse` throws, formatted as the build prints them. */
function problems(parse: () => unknown): string[] {
	try {
		parse();
	} catch (error) {
		if (error instanceof ArticleError)
			return error.message
				.split('\n')
				.slice(1)
				.map((line) => line.trim());
		throw error;
	}
	throw new Error('expected the file to be rejected');
}

const JANE = `---
name: Jane Doe
role: City correspondent
bio: Jane reports on the council.
image: ./images/jane.jpg
links:
  - https://social.example/@jane
  - https://social.example/@jane
email: jane@reader.example
---

Jane has covered city hall since 2019. See [her bridge story](../../articles/river-bridge/).

<script>alert(1)</script><img src=x onerror=alert(1)>

## Before

She reported on courts.
`;

describe('parseAuthor', () => {
	it('reads the front matter and parses the body as an article body, sanitized', () => {
		const author = parseAuthor(JANE, 'content/authors/jane-doe.md', OPTIONS);
		expect(author).toMatchObject({
			id: 'jane-doe',
			name: 'Jane Doe',
			role: 'City correspondent',
			bio: 'Jane reports on the council.',
			imagePath: './images/jane.jpg',
			links: ['https://social.example/@jane'],
			email: 'jane@reader.example',
			sections: [{ id: 'before', title: 'Before' }],
			articleLinks: [{ slug: 'river-bridge', line: 12 }],
		});
		const html = author.lead.parts.map((part) => (part.kind === 'html' ? part.html : '')).join('');
		expect(html).toContain('<p>Jane has covered city hall since 2019.');
		expect(html).not.toMatch(/<script|onerror/);
	});

	it('takes a file with front matter only, and leaves out what it does not give', () => {
		const author = parseAuthor('---\nname: Sam Lee\n---\n', 'content/authors/sam-lee.md', OPTIONS);
		expect(author).toEqual({
			id: 'sam-lee',
			name: 'Sam Lee',
			links: [],
			lead: { parts: [], words: 0 },
			sections: [],
			articleLinks: [],
		});
	});

	it('lists every problem with its line: unknown keys, a missing name, bad links and email', () => {
		const source =
			'---\nrole: Editor\ntwitter: "@jane"\nlinks:\n  - not a url\nemail: jane at example\n---\n';
		expect(problems(() => parseAuthor(source, 'content/authors/Jane.md', OPTIONS))).toEqual([
			'content/authors/Jane.md file name: expected a kebab-case ASCII name such as "jane-doe.md", found "Jane"',
			'content/authors/Jane.md:2 front matter "name": expected a value: this field is required, found nothing',
			'content/authors/Jane.md:3 front matter "twitter": expected one of the known keys (name, role, bio, image, links, email), found an unknown key',
			'content/authors/Jane.md:5 front matter "links[0]": expected an http(s) URL such as "https://example.org/jane", found "not a url"',
			'content/authors/Jane.md:6 front matter "email": expected an email address such as "jane@example.org", found "jane at example"',
		]);
	});

	it('asks for a short bio, pointing to the body for a longer one', () => {
		const source = `---\nname: Jane Doe\nbio: ${'word '.repeat(60)}\n---\n`;
		expect(problems(() => parseAuthor(source, 'content/authors/jane-doe.md', OPTIONS))[0]).toMatch(
			/:3 front matter "bio": expected a short bio of at most 280 characters \(the body holds the longer one\)/,
		);
	});
});

describe('parsePage', () => {
	it('parses a page: title, description, update and a sanitized body', () => {
		const page = parsePage(
			'---\ntitle: Ethics policy\ndescription: Our standards.\nupdatedDate: 2026-01-05\n---\n\nWe check facts.<script>x()</script>\n\n## Sources\n\nWe protect them.\n',
			'content/pages/ethics-policy.md',
			OPTIONS,
		);
		expect(page).toMatchObject({
			slug: 'ethics-policy',
			title: 'Ethics policy',
			description: 'Our standards.',
			updatedDate: { iso: '2026-01-05', hasTime: false },
			sections: [{ id: 'sources', title: 'Sources' }],
		});
		expect(JSON.stringify(page.lead)).not.toContain('<script');
	});

	it('refuses a page without text, an unknown key, and a name the site uses for its own pages', () => {
		expect(
			problems(() =>
				parsePage(
					'---\ntitle: Archive\ndescription: x\nauthor: me\n---\n',
					'content/pages/archive.md',
					OPTIONS,
				),
			),
		).toEqual([
			'content/pages/archive.md file name: expected a name other than the site\'s own sections (404, archive, articles, authors, lite, page, pagefind, search, topics), found "archive"',
			'content/pages/archive.md:4 front matter "author": expected one of the known keys (title, description, updatedDate), found an unknown key',
			'content/pages/archive.md:6 body: expected the article text after the front matter, found an empty body',
		]);
	});

	it('refuses a page named lite: the text-only edition is at /lite/', () => {
		expect(
			problems(() =>
				parsePage(
					'---\ntitle: Lite\ndescription: x\n---\n\nText.\n',
					'content/pages/lite.md',
					OPTIONS,
				),
			),
		).toEqual([
			'content/pages/lite.md file name: expected a name other than the site\'s own sections (404, archive, articles, authors, lite, page, pagefind, search, topics), found "lite"',
		]);
	});
});

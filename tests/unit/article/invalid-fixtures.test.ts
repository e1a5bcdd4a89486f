import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/lib/pipeline/parse-article.ts';
import { duplicateSlugProblems } from '../../../src/lib/article/slugs.ts';
import { errorOf as parseError, TEST_OPTIONS } from '../../helpers/shared/article-options.ts';

const DIR = 'tests/fixtures/articles/invalid';

/** The message `parseArticle` throws for one invalid fixture. */
const errorOf = (name: string) => parseError(`${DIR}/${name}`);

describe('invalid article files', () => {
	it('names the line of bad YAML and what the parser found', () => {
		expect(errorOf('bad-yaml.md')).toMatchInlineSnapshot(`
			"1 problem in 1 article file:
			  tests/fixtures/articles/invalid/bad-yaml.md:6 front matter: expected valid YAML, found a YAML error: Flow sequence in block collection must be sufficiently indented and end with a ]"
		`);
	});

	it('names a missing required field', () => {
		expect(errorOf('missing-field.md')).toMatchInlineSnapshot(`
			"1 problem in 1 article file:
			  tests/fixtures/articles/invalid/missing-field.md:2 front matter "description": expected a value: this field is required, found nothing"
		`);
	});

	it('names an unknown key with its line and the known keys', () => {
		expect(errorOf('unknown-key.md')).toMatchInlineSnapshot(`
			"1 problem in 1 article file:
			  tests/fixtures/articles/invalid/unknown-key.md:6 front matter "tag": expected one of the known keys (title, description, pubDate, updatedDate, type, author, tags, dateline, lang, translatedFrom, translatedBy, heroImage, heroAlt, heroCaption, heroCredit, corrections, live, draft), found an unknown key"
		`);
	});

	it('names a date in the wrong format and the forms expected', () => {
		expect(errorOf('bad-date.md')).toMatchInlineSnapshot(`
			"1 problem in 1 article file:
			  tests/fixtures/articles/invalid/bad-date.md:4 front matter "pubDate": expected a date (2019-12-31) or a date-time with offset (2019-12-31T14:05:00Z), found "02/03/2024""
		`);
	});

	it('rejects a date-time without an offset as ambiguous', () => {
		expect(errorOf('date-time-without-offset.md')).toMatchInlineSnapshot(`
			"1 problem in 1 article file:
			  tests/fixtures/articles/invalid/date-time-without-offset.md:4 front matter "pubDate": expected a date-time with an offset such as "Z" or "+03:00" (2019-12-31T14:05:00Z): without one the time is ambiguous, found "2024-03-02T14:05:00""
		`);
	});

	it('names the line of a malformed video line, never leaving it as text', () => {
		expect(errorOf('malformed-video-line.md')).toMatchInlineSnapshot(`
			"1 problem in 1 article file:
			  tests/fixtures/articles/invalid/malformed-video-line.md:10 body: expected a video line of the form "<13-digit video id> <account UUID> <player UUID>" on one line, then a line "video", found "611897359800 45a05fc5-9b77-4e5d-880d-65cdd2926971\\nvideo""
		`);
	});

	it('rejects an empty body', () => {
		expect(errorOf('empty-body.md')).toMatchInlineSnapshot(`
			"1 problem in 1 article file:
			  tests/fixtures/articles/invalid/empty-body.md:7 body: expected the article text after the front matter, found an empty body"
		`);
	});

	it('names the line of a body image without a text alternative', () => {
		expect(errorOf('body-image-without-alt.md')).toMatchInlineSnapshot(`
			"1 problem in 1 article file:
			  tests/fixtures/articles/invalid/body-image-without-alt.md:10 body: expected a text alternative in ![](./images/gate.jpg): what the image shows, for readers who cannot see it, found none"
		`);
	});

	it('names the line of an unknown block directive and the known ones', () => {
		expect(errorOf('unknown-block-directive.md')).toMatchInlineSnapshot(`
			"1 problem in 1 article file:
			  tests/fixtures/articles/invalid/unknown-block-directive.md:10 body: expected a block directive, one of :::figure, :::gallery, :::pullquote, :::factbox, :::timeline, :::post, ::video, found :::galery"
		`);
	});

	it('names the line of a post whose url is a script', () => {
		expect(errorOf('post-javascript-url.md')).toMatchInlineSnapshot(`
			"1 problem in 1 article file:
			  tests/fixtures/articles/invalid/post-javascript-url.md:10 body: expected the url of :::post to be the original post's http: or https: address, found "javascript:alert(document.cookie)""
		`);
	});

	it('names the line of a timeline date in the wrong form', () => {
		expect(errorOf('timeline-bad-date.md')).toMatchInlineSnapshot(`
			"1 problem in 1 article file:
			  tests/fixtures/articles/invalid/timeline-bad-date.md:12 body: expected a date (2019-12-31) or a date-time with offset (2019-12-31T14:05:00Z) in :::timeline, found "31/12/2019""
		`);
	});

	it.each(['missing-body-image.md', 'body-image-not-an-image.md'])(
		'parses %s, whose image problem only the archive check can see (tests/build)',
		(name) => {
			const file = `${DIR}/${name}`;
			expect(parseArticle(readFileSync(file, 'utf8'), file, TEST_OPTIONS).images).toEqual([
				{ src: expect.stringMatching(/^\.\/images\//) as string, line: 10 },
			]);
		},
	);

	it('names every file of a duplicate slug, each with the other', () => {
		const seed = 'content/articles/protesters-storm-us-embassy-in-baghdad.md';
		const copy = 'content/articles/duplicate-slug/protesters-storm-us-embassy-in-baghdad.md';
		const problems = duplicateSlugProblems([copy, seed, 'content/articles/other.md']);
		expect(problems).toEqual([
			{
				file: copy,
				where: 'file name',
				expected: `expected a slug of its own: "protesters-storm-us-embassy-in-baghdad" is also the slug of ${seed}`,
				found: 'a duplicate slug "protesters-storm-us-embassy-in-baghdad"',
			},
			expect.objectContaining({ file: seed, expected: expect.stringContaining(copy) as string }),
		]);
	});

	it('the duplicate-slug fixture is itself a valid article', () => {
		const file = `${DIR}/duplicate-slug/protesters-storm-us-embassy-in-baghdad.md`;
		expect(parseArticle(readFileSync(file, 'utf8'), file, TEST_OPTIONS).slug).toBe(
			'protesters-storm-us-embassy-in-baghdad',
		);
	});

	describe('hostile files: a named error, never a crash, a stack trace or a hang', () => {
		it('refuses a YAML alias bomb, naming the limit', () => {
			expect(errorOf('yaml-alias-bomb.md')).toMatchInlineSnapshot(`
				"1 problem in 1 article file:
				  tests/fixtures/articles/invalid/yaml-alias-bomb.md:7 front matter: expected YAML whose aliases (*name) expand to at most 100 copies, found aliases that expand to more"
			`);
		});

		it('refuses front matter nested a hundred thousand levels deep, naming the limit', () => {
			expect(errorOf('deeply-nested-yaml.md')).toMatchInlineSnapshot(`
				"1 problem in 1 article file:
				  tests/fixtures/articles/invalid/deeply-nested-yaml.md:6 front matter: expected YAML nested at most 16 levels deep, found more than 16 levels"
			`);
		});

		it('refuses a body of a hundred thousand nested block quotes, naming the limit', () => {
			expect(errorOf('deeply-nested-quotes.md')).toMatchInlineSnapshot(`
				"1 problem in 1 article file:
				  tests/fixtures/articles/invalid/deeply-nested-quotes.md:10 body: expected Markdown nested at most 64 levels deep (block quotes, lists and inline markup), found more"
			`);
		});

		it('refuses a list nested four hundred levels deep, naming the first line past the limit', () => {
			expect(errorOf('deeply-nested-list.md')).toMatchInlineSnapshot(`
				"1 problem in 1 article file:
				  tests/fixtures/articles/invalid/deeply-nested-list.md:76 body: expected Markdown nested at most 64 levels deep (block quotes, lists and inline markup), found more"
			`);
		});

		it('refuses inline markup nested past the limit', () => {
			expect(errorOf('deeply-nested-inline.md')).toMatchInlineSnapshot(`
				"1 problem in 1 article file:
				  tests/fixtures/articles/invalid/deeply-nested-inline.md:10 body: expected Markdown nested at most 64 levels deep (block quotes, lists and inline markup), found more"
			`);
		});
	});
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { liveTimeProblems } from '../../../src/lib/article/live.ts';
import { parseArticle, updateId } from '../../../src/lib/pipeline/parse-article.ts';
import {
	ArticleBodySchema,
	joinBody,
	splitBody,
	StoredArticleSchema,
} from '../../../src/loaders/article-body-store.ts';
import { errorOf, LIVE_HEAD, TEST_OPTIONS } from '../../helpers/shared/article-options.ts';
import { htmlOf } from '../../helpers/shared/parts.ts';

const INVALID = 'tests/fixtures/articles/invalid';
const FIXTURE = 'tests/fixtures/site/articles/live-embassy-protest.md';

describe('a live article', () => {
	const article = parseArticle(readFileSync(FIXTURE, 'utf8'), FIXTURE, TEST_OPTIONS);
	const updates = article.live?.updates ?? [];

	it('keeps the text before the first update as its summary, and nothing of the updates', () => {
		expect(article.sections).toEqual([]);
		const html = htmlOf(article.lead);
		expect(html).toContain('<p>Thousands of protesters');
		expect(html).not.toContain('Update 1:');
	});

	it('gives every update, newest first, whatever order the file has them in', () => {
		expect(updates).toHaveLength(35);
		const times = updates.map((update) => update.time.epochMs);
		expect(times).toEqual([...times].sort((a, b) => b - a));
		expect(updates.at(-1)?.time.iso).toBe('2019-12-31T09:20:00+03:00');
	});

	it('marks the key events, each with its title', () => {
		expect(updates.filter((update) => update.key).map((update) => update.title)).toEqual([
			'Crowd withdraws from the Green Zone',
			'Pentagon sends more troops to the embassy',
			'Protesters break through the outer gate',
		]);
	});

	it('gives each update a permalink id from its instant in UTC, and its file line', () => {
		const gate = updates.find(
			(update) => update.title === 'Protesters break through the outer gate',
		);
		expect(gate?.id).toBe('update-20191231T074000Z');
		const lines = readFileSync(FIXTURE, 'utf8').split('\n');
		expect(lines[(gate?.line ?? 0) - 1]).toMatch(/^:::update\{time="2019-12-31T10:40:00\+03:00"/);
	});

	it('parses an update like a body: Markdown and blocks, sanitized', () => {
		const update = parseArticle(
			`${LIVE_HEAD}\n::::::update{time="2019-12-31T10:00:00+03:00"}\nA *quote*: <img src=x onerror=alert(1)>\n\n:::::pullquote\nA *quote*\n:::::\n::::::\n`,
			'tests/x.md',
			TEST_OPTIONS,
		).live?.updates[0];
		expect(update?.parts.map((part) => part.kind)).toEqual(['html', 'pullquote']);
		expect(JSON.stringify(update?.parts)).not.toContain('onerror');
	});

	it('counts the words of the updates in the article', () => {
		const words = updates.reduce((sum, update) => sum + update.words, 0);
		expect(article.words).toBe(article.lead.words + words);
	});

	it('keeps its updates whole through the body store: headers in the store, parts in the body', () => {
		const { stored, body } = splitBody(article, 'abc123');
		expect(JSON.stringify(stored)).not.toContain('Update 1:');
		expect(StoredArticleSchema.parse(stored).live?.updates).toHaveLength(35);
		expect(joinBody(stored, ArticleBodySchema.parse(JSON.parse(JSON.stringify(body))))).toEqual(
			article,
		);
	});

	it('builds permalink ids to the second', () => {
		expect(updateId(Date.parse('2019-12-31T14:05:09+03:00'))).toBe('update-20191231T110509Z');
	});
});

describe('malformed updates', () => {
	it('names a time without offset with the file, line and update', () => {
		expect(errorOf(`${INVALID}/live-update-time-without-offset.md`)).toMatchInlineSnapshot(`
			"1 problem in 1 article file:
			  tests/fixtures/articles/invalid/live-update-time-without-offset.md:17 :::update{time="2019-12-31T14:05"}: expected a date-time with an offset such as "Z" or "+03:00" (2019-12-31T14:05:00Z): without one the time is ambiguous, found "2019-12-31T14:05""
		`);
	});

	it('names an update before the coverage started', () => {
		expect(errorOf(`${INVALID}/live-update-before-start.md`)).toMatchInlineSnapshot(`
			"1 problem in 1 article file:
			  tests/fixtures/articles/invalid/live-update-before-start.md:13 :::update{time="2019-12-31T08:30:00+03:00"}: expected a time not before the coverage's start (live.start 2019-12-31T09:00:00+03:00), found "2019-12-31T08:30:00+03:00""
		`);
	});

	it('names an update after the coverage ended', () => {
		expect(errorOf(`${INVALID}/live-update-after-end.md`)).toMatchInlineSnapshot(`
			"1 problem in 1 article file:
			  tests/fixtures/articles/invalid/live-update-after-end.md:13 :::update{time="2020-01-01T01:00:00+03:00"}: expected a time not after the coverage's end (live.end 2019-12-31T23:00:00+03:00), found "2020-01-01T01:00:00+03:00""
		`);
	});

	it('names a key event without a title', () => {
		expect(errorOf(`${INVALID}/live-key-event-without-title.md`)).toMatchInlineSnapshot(`
			"1 problem in 1 article file:
			  tests/fixtures/articles/invalid/live-key-event-without-title.md:13 :::update{time="2019-12-31T14:05:00+03:00"}: expected title=… on a key event: the "Key events" list links to it by its title, found none"
		`);
	});

	it('names an update never closed', () => {
		expect(errorOf(`${INVALID}/live-update-unclosed.md`)).toMatchInlineSnapshot(`
			"1 problem in 1 article file:
			  tests/fixtures/articles/invalid/live-update-unclosed.md:17 :::update{time="2019-12-31T14:05:00+03:00"}: expected the update closed by a line ":::" (with more colons on the update, "::::update", when it holds a block of its own), found the end of the file"
		`);
	});

	it('names an update in an article that is not live', () => {
		expect(errorOf(`${INVALID}/update-without-live.md`)).toMatchInlineSnapshot(`
			"1 problem in 1 article file:
			  tests/fixtures/articles/invalid/update-without-live.md:10 body: expected :::update at the top level of a live article's body (one with live: in its front matter), outside lists, quotes, blocks and other updates"
		`);
	});

	it('names text between updates, headings and unknown attributes, every one at once', () => {
		expect(
			errorOf(
				'tests/x.md',
				`${LIVE_HEAD}\n:::update{time="2019-12-31T10:00:00+03:00" mood="calm"}\nOne.\n:::\n\nStray text.\n\n:::update{time="2019-12-31T07:00:00Z"}\n## A heading\n:::\n`,
			),
		).toMatchInlineSnapshot(`
			"3 problems in 1 article file:
			  tests/x.md:12 :::update{time="2019-12-31T10:00:00+03:00"}: expected only the attributes time, key, title, found "mood"
			  tests/x.md:16 body: expected the text of a live article after its first :::update to be inside :::update blocks (the summary comes before the first update), found "Stray text."
			  tests/x.md:19 :::update{time="2019-12-31T07:00:00Z"}: expected an update without headings: its title is its heading, found "## A heading""
		`);
	});
});

it('names two updates at the same second: their permalinks would be one', () => {
	expect(
		errorOf(
			'tests/x.md',
			`${LIVE_HEAD}\n:::update{time="2019-12-31T10:00:00+03:00"}\nOne.\n:::\n\n:::update{time="2019-12-31T07:00:00Z"}\nTwo.\n:::\n`,
		),
	).toMatchInlineSnapshot(`
		"1 problem in 1 article file:
		  tests/x.md:16 :::update{time="2019-12-31T07:00:00Z"}: expected each update at a time of its own, to the second (its permalink is #update-20191231T070000Z), but the update on line 12 has it too, found "2019-12-31T07:00:00Z""
	`);
});

describe('liveTimeProblems', () => {
	const article = parseArticle(readFileSync(FIXTURE, 'utf8'), FIXTURE, TEST_OPTIONS);
	const during = Date.parse('2019-12-31T19:00:00+03:00');

	it('names each update after the build time, with its line', () => {
		const problems = liveTimeProblems(article, FIXTURE, during);
		expect(problems).toHaveLength(5);
		expect(problems[0]).toMatchObject({
			file: FIXTURE,
			where: ':::update{time="2019-12-31T20:40:00+03:00"}',
		});
		expect(problems[0]?.expected).toContain('expected a time not in the future');
	});

	it('lets a draft hold updates in the future', () => {
		expect(
			liveTimeProblems({ ...article, meta: { ...article.meta, draft: true } }, FIXTURE, during),
		).toEqual([]);
	});

	it('finds nothing once every update is past', () => {
		expect(liveTimeProblems(article, FIXTURE, Date.parse('2020-01-01T00:00:00Z'))).toEqual([]);
	});
});

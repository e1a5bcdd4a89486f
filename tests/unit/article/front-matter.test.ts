import { describe, expect, it } from 'vitest';
import {
	formatPath,
	parseFrontMatter,
	splitFrontMatter,
} from '../../../src/lib/article/front-matter.ts';

const VALID = 'title: T\ndescription: D\npubDate: 2019-12-31\nauthor: A';

describe('splitFrontMatter', () => {
	it('splits the YAML from the body and says where the body starts', () => {
		expect(splitFrontMatter('---\na: 1\n---\n\nBody\n', 'x.md')).toEqual({
			yaml: 'a: 1',
			body: '\nBody\n',
			bodyLine: 4,
		});
	});

	it('reports a file that does not open with a fence', () => {
		expect(splitFrontMatter('title: T\n', 'x.md')).toMatchObject({
			file: 'x.md',
			line: 1,
			found: '"title: T"',
		});
	});

	it('reports front matter that is never closed', () => {
		expect(splitFrontMatter('---\ntitle: T\n', 'x.md')).toMatchObject({
			line: 1,
			found: 'none before the end of the file',
		});
	});
});

describe('parseFrontMatter', () => {
	it('accepts the contract and keeps dates as written', () => {
		const result = parseFrontMatter(`${VALID}\ntags: [a, b]\ntranslatedFrom: { lang: ar }`, 'x.md');
		expect(result.problems).toEqual([]);
		expect(result.data).toMatchObject({
			pubDate: '2019-12-31',
			tags: ['a', 'b'],
			translatedFrom: { lang: 'ar' },
		});
	});

	it('reports every problem at once, each on its own line', () => {
		const result = parseFrontMatter('title: T\npubDate: 2019-13-45\nauthor: []\nfoo: 1', 'x.md');
		expect(result.problems.map((p) => [p.line, p.where])).toEqual([
			[2, 'front matter "description"'],
			[3, 'front matter "pubDate"'],
			[4, 'front matter "author"'],
			[5, 'front matter "foo"'],
		]);
	});

	it('names nested fields with their path', () => {
		const result = parseFrontMatter(
			`${VALID}\ncorrections:\n  - date: yesterday\n    text: Fixed a name.`,
			'x.md',
		);
		expect(result.problems).toEqual([
			expect.objectContaining({
				line: 7,
				where: 'front matter "corrections[0].date"',
				found: '"yesterday"',
			}),
		]);
	});

	it('requires heroAlt with heroImage', () => {
		const result = parseFrontMatter(`${VALID}\nheroImage: ./a.jpg`, 'x.md');
		expect(result.problems).toEqual([
			expect.objectContaining({
				where: 'front matter "heroAlt"',
				expected: 'expected a text alternative for heroImage',
			}),
		]);
	});

	it('rejects heroCaption and heroCredit without heroImage, each at its own line', () => {
		const result = parseFrontMatter(
			`${VALID}\nheroCaption: The market at dawn\nheroCredit: Jane Doe`,
			'x.md',
		);
		expect(result.problems).toEqual([
			{
				file: 'x.md',
				line: 6,
				where: 'front matter "heroCaption"',
				expected:
					'expected a heroImage for heroCaption to describe: heroCaption is only for a lead image',
				found: '"The market at dawn"',
			},
			{
				file: 'x.md',
				line: 7,
				where: 'front matter "heroCredit"',
				expected:
					'expected a heroImage for heroCredit to describe: heroCredit is only for a lead image',
				found: '"Jane Doe"',
			},
		]);
	});

	it('rejects a lead image that is not a photo format astro:assets resizes', () => {
		const result = parseFrontMatter(`${VALID}\nheroImage: ./chart.svg\nheroAlt: A chart`, 'x.md');
		expect(result.problems).toEqual([
			expect.objectContaining({
				line: 6,
				where: 'front matter "heroImage"',
				expected: 'expected the path of a .jpg, .jpeg, .png, .webp or .avif file',
				found: '"./chart.svg"',
			}),
		]);
	});

	it('accepts a caption and a credit with a lead image', () => {
		const result = parseFrontMatter(
			`${VALID}\nheroImage: ./a.jpg\nheroAlt: Stalls\nheroCaption: The market\nheroCredit: Jane Doe`,
			'x.md',
		);
		expect(result.problems).toEqual([]);
		expect(result.data).toMatchObject({ heroCaption: 'The market', heroCredit: 'Jane Doe' });
	});

	it('rejects a duplicate key', () => {
		const result = parseFrontMatter(`${VALID}\ntitle: Again`, 'x.md');
		expect(result.problems).toEqual([
			expect.objectContaining({ line: 6, expected: 'expected valid YAML' }),
		]);
	});

	it('rejects front matter that is not a mapping', () => {
		expect(parseFrontMatter('- a\n- b', 'x.md').problems).toEqual([
			expect.objectContaining({ expected: 'expected "key: value" lines' }),
		]);
	});

	it('rejects a language tag that is not BCP 47', () => {
		const result = parseFrontMatter(`${VALID}\nlang: english language`, 'x.md');
		expect(result.problems).toEqual([
			expect.objectContaining({ where: 'front matter "lang"', line: 6 }),
		]);
	});

	it('rejects a topic that would have no page address', () => {
		const result = parseFrontMatter(`${VALID}\ntags: [City, '!!!']`, 'x.md');
		expect(result.problems).toEqual([
			expect.objectContaining({
				where: 'front matter "tags[1]"',
				expected: 'expected a topic name with at least one letter or digit',
			}),
		]);
	});

	it('times live coverage to the minute: a calendar date is refused, and a non-date once', () => {
		const result = parseFrontMatter(
			`${VALID}\nlive:\n  start: 2019-12-31\n  end: 31/12/2019`,
			'x.md',
		);
		expect(result.problems.map((p) => [p.where, p.expected])).toEqual([
			[
				'front matter "live.start"',
				'expected a date-time with an offset (2019-12-31T14:05:00+03:00), not a calendar date',
			],
			[
				'front matter "live.end"',
				'expected a date (2019-12-31) or a date-time with offset (2019-12-31T14:05:00Z)',
			],
		]);
	});
});

describe('formatPath', () => {
	it('joins keys with dots and indexes with brackets', () => {
		expect(formatPath(['corrections', 0, 'date'])).toBe('corrections[0].date');
	});
});

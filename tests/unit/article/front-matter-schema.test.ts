import { describe, expect, it } from 'vitest';
import {
	ArticleTypeSchema,
	DateInputSchema,
	LangSchema,
} from '../../../src/lib/article/front-matter-schema.ts';

describe('DateInputSchema', () => {
	it.each([
		'2019-12-31',
		'2019-12-31T14:05:00Z',
		'2019-12-31T14:05+03:00',
		'2024-02-29',
		'2019-12-31T14:05:00.123-05:00',
	])('accepts %s', (value) => {
		expect(DateInputSchema.safeParse(value).success).toBe(true);
	});

	it.each([
		'31/12/2019',
		'2019-02-30',
		'2023-02-29',
		'2019-12-31 14:05',
		'2019-12-31T25:00:00Z',
		'yesterday',
		'',
	])('rejects %s', (value) => {
		expect(DateInputSchema.safeParse(value).success).toBe(false);
	});

	it('says a date-time without offset is ambiguous', () => {
		const result = DateInputSchema.safeParse('2019-12-31T14:05:00');
		expect(result.error?.issues[0]?.message).toMatch(/offset.*ambiguous/);
	});
});

describe('LangSchema', () => {
	it.each(['en', 'ar', 'pt-BR', 'zh-Hant'])('accepts %s', (value) => {
		expect(LangSchema.safeParse(value).success).toBe(true);
	});

	it.each(['english', 'e', 'en_US!'])('rejects %s', (value) => {
		expect(LangSchema.safeParse(value).success).toBe(false);
	});
});

describe('ArticleTypeSchema', () => {
	it.each(['news', 'analysis', 'opinion', 'explainer'])('accepts %s', (value) => {
		expect(ArticleTypeSchema.parse(value)).toBe(value);
	});

	it('says live coverage is the live: field, not a type', () => {
		expect(ArticleTypeSchema.safeParse('live').error?.issues[0]?.message).toBe(
			'expected one of news, analysis, opinion, explainer: live coverage is not a type but a field, live: { start: 2019-12-31T14:05:00+03:00 }',
		);
	});

	it.each(['review', 'Opinion', 3])('rejects %s with the list of types', (value) => {
		expect(ArticleTypeSchema.safeParse(value).error?.issues[0]?.message).toBe(
			'expected one of news, analysis, opinion, explainer',
		);
	});
});

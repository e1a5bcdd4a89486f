import type { FrontMatter } from '../../src/lib/article/front-matter-schema.ts';

/** The order keys are written in: the front-matter table's (docs/articles-and-blocks.md). */
const KEY_ORDER: readonly (keyof FrontMatter)[] = [
	'title',
	'description',
	'pubDate',
	'updatedDate',
	'author',
	'dateline',
	'tags',
	'lang',
	'translatedFrom',
	'heroImage',
	'heroAlt',
	'heroCaption',
	'heroCredit',
	'corrections',
	'draft',
];

const DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * Writes front matter as YAML between `---` lines, keys in a fixed order, absent keys left out.
 * Every string is double-quoted (JSON is valid YAML), so a headline such as `Yes: "no" #1` stays
 * the text it is; dates alone are written bare, as authors write them.
 */
export function formatFrontMatter(meta: FrontMatter): string {
	const lines = KEY_ORDER.flatMap((key) => formatEntry(key, meta[key], ''));
	return ['---', ...lines, '---', ''].join('\n');
}

function formatEntry(key: string, value: unknown, indent: string): string[] {
	if (value === undefined) return [];
	if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
		return [
			`${indent}${key}:`,
			...Object.entries(value).flatMap(([k, v]) => formatEntry(k, v, `${indent}  `)),
		];
	}
	if (Array.isArray(value) && value.some((item) => typeof item === 'object')) {
		return [
			`${indent}${key}:`,
			...value.flatMap((item: object) =>
				Object.entries(item)
					.flatMap(([k, v]) => formatEntry(k, v, `${indent}    `))
					.map((line, i) => (i === 0 ? `${indent}  - ${line.trimStart()}` : line)),
			),
		];
	}
	return [`${indent}${key}: ${formatScalar(value)}`];
}

function formatScalar(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(formatScalar).join(', ')}]`;
	if (typeof value === 'string' && DATE.test(value)) return value;
	return JSON.stringify(value);
}

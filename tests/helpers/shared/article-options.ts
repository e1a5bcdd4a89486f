import type { ParseOptions } from '../../../src/lib/pipeline/parse-article.ts';

/** Pipeline options the unit tests parse with: UTC, English. */
export const TEST_OPTIONS: ParseOptions = {
	timeZone: 'UTC',
	defaultLang: 'en',
};

/** A valid article file around `body`, with extra front-matter lines. */
export function articleSource(body: string, extraFrontMatter = ''): string {
	return `---\ntitle: A headline\ndescription: A standfirst.\npubDate: 2024-03-02\nauthor: Jane Doe\n${extraFrontMatter}---\n\n${body}\n`;
}

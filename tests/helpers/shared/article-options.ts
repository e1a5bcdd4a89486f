import { readFileSync } from 'node:fs';
import { ArticleError } from '../../../src/lib/article/article-error.ts';
import { parseArticle, type ParseOptions } from '../../../src/lib/pipeline/parse-article.ts';

/** Pipeline options the unit tests parse with: UTC, English. */
export const TEST_OPTIONS: ParseOptions = {
	timeZone: 'UTC',
	defaultLang: 'en',
};

/** A valid article file around `body`, with extra front-matter lines. */
export function articleSource(body: string, extraFrontMatter = ''): string {
	return `---\ntitle: A headline\ndescription: A standfirst.\npubDate: 2024-03-02\nauthor: Jane Doe\n${extraFrontMatter}---\n\n${body}\n`;
}

/** A live article's front matter and summary, for a test to add `:::update` blocks after. */
export const LIVE_HEAD = `---
title: Live
description: A live page.
pubDate: 2019-12-31T09:00:00+03:00
author: News desk
live:
  start: 2019-12-31T09:00:00+03:00
---

The summary.
`;

/**
 * The message of the `ArticleError` that `parseArticle` throws for `file` (its text on disk, or
 * `source`); throws if it parses, or fails otherwise.
 */
export function errorOf(file: string, source = readFileSync(file, 'utf8')): string {
	try {
		parseArticle(source, file, TEST_OPTIONS);
	} catch (error) {
		if (!(error instanceof ArticleError)) throw error;
		return error.message;
	}
	throw new Error(`${file} parsed without an error`);
}

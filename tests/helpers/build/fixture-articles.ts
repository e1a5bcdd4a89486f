import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../../src/lib/article/article-schema.ts';
import type { Author } from '../../../src/lib/article/author-schema.ts';
import { parseAuthor } from '../../../src/lib/pipeline/parse-newsroom.ts';
import { parseArticle } from '../../../src/lib/pipeline/parse-article.ts';
import { holdBack } from '../../../src/lib/site/publishing/publishing.ts';
import { editionOf } from '../../../src/lib/site/editions/editions.ts';
import { articleParseOptions, editions } from '../../../src/site.config.ts';
import { FIXTURE_ARTICLES, FIXTURE_AUTHORS, ROOT } from '../shared/paths.ts';

/**
 * The fixture site's articles that a build made at `now` publishes (no draft, nothing
 * scheduled after `now`), parsed by the pipeline with the site's options, newest first as
 * pages list them. What the build's feeds and sitemaps are checked against.
 */
export function publishedFixtureArticles(now: number = Date.now()): Article[] {
	const dir = join(ROOT, FIXTURE_ARTICLES);
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.md'))
		.map((name) =>
			parseArticle(
				readFileSync(join(dir, name), 'utf8'),
				join(FIXTURE_ARTICLES, name),
				articleParseOptions,
			),
		)
		.filter((article) => holdBack(article.meta, now) === undefined)
		.sort(
			(a, b) => b.meta.pubDate.epochMs - a.meta.pubDate.epochMs || a.slug.localeCompare(b.slug),
		);
}

/** The fixture site's author files, parsed, sorted by name as the site lists them. */
export function fixtureAuthors(): Author[] {
	const dir = join(ROOT, FIXTURE_AUTHORS);
	return readdirSync(dir)
		.filter((name) => name.endsWith('.md'))
		.map((name) =>
			parseAuthor(
				readFileSync(join(dir, name), 'utf8'),
				join(FIXTURE_AUTHORS, name),
				articleParseOptions,
			),
		)
		.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/**
 * The published fixture articles of the edition in `lang` (the default edition, English, when
 * not given): what that edition's front page, topics, archive and feeds list, newest first.
 */
export function editionFixtureArticles(lang?: string, now: number = Date.now()): Article[] {
	const edition = lang === undefined ? editions[0] : editionOf(lang, editions);
	return publishedFixtureArticles(now).filter(
		(article) => editionOf(article.meta.lang, editions) === edition,
	);
}

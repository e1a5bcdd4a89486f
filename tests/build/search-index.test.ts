import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	pagefindShards,
	readPagefindEntries,
	readPagefindFragments,
} from '../helpers/build/pagefind-index.ts';
import { ROOT, ROOT_BUILD, SUB_PATH_BUILD, TMP } from '../helpers/shared/paths.ts';
import { runAstroBuild } from '../helpers/build/build-site.ts';
import {
	listPages,
	normalizeSpace,
	parsePage,
	readableText,
} from '../helpers/shared/site-pages.ts';
import { parse } from 'node-html-parser';
import { uiStrings } from '../../src/lib/site/i18n/strings.ts';

/**
 * What an article page shows that the index leaves out (src/lib/site/search/search-record.ts
 * indexes the headline, the standfirst and the body's own words): the byline and dates, the lead
 * image, navigation, share links, asides (pull quotes, fact boxes), the footer, section anchors,
 * the video facade, figures and their captions, a sensitive gate, a post's link to the original.
 */
const SEARCH_EXCLUDED = [
	'.article-meta',
	'.live-status',
	'.corrections',
	'.publishing-note',
	'.lead-image',
	'nav',
	'.share',
	'aside',
	'footer',
	'.heading-anchor',
	'.video-embed',
	'.figure',
	'.sensitive',
	'.post-original',
];

/** The words of a text, lower-cased: runs of letters and digits. */
function words(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

describe.each([ROOT_BUILD, SUB_PATH_BUILD])('the search index of the build for $base', (build) => {
	const articles = listPages(build.outDir, build.base).filter((page) => page.isArticle);
	const fragments = readPagefindFragments(build.outDir);

	it("writes each shard, with Pagefind's browser script, where the search page loads it", () => {
		const shards = pagefindShards(build.outDir);
		expect(shards.length).toBeGreaterThan(0);
		for (const shard of shards)
			expect(existsSync(join(build.outDir, 'pagefind', shard, 'pagefind.js'))).toBe(true);
		const searchPage = listPages(build.outDir, build.base).find(
			(page) => page.rel === 'search/index.html',
		);
		expect(searchPage).toBeDefined();
		if (searchPage === undefined) return;
		expect(
			parsePage(searchPage).querySelector('[data-search]')?.getAttribute('data-shards')?.split(' '),
		).toEqual(shards.map((shard) => `${build.base}pagefind/${shard}/`));
	});

	it("holds, each edition's index in its language, every published article page and nothing else", () => {
		const count = (edition: string, lang: string) => {
			const entries = readPagefindEntries(build.outDir, edition);
			for (const entry of entries) expect(Object.keys(entry.languages)).toEqual([lang]);
			return entries.reduce((sum, entry) => sum + (entry.languages[lang]?.page_count ?? 0), 0);
		};
		const arabic = articles.filter(
			(page) => parsePage(page).querySelector('html')?.getAttribute('lang') === 'ar',
		).length;
		expect(arabic).toBeGreaterThan(0);
		expect(count('', 'en')).toBe(articles.length - arabic);
		expect(count('ar', 'ar')).toBe(arabic);
		// Result URLs are stored without base; the browser script prefixes its own folder's parent.
		expect(fragments.map((fragment) => fragment.url).sort()).toEqual(
			articles.map((page) => page.path.slice(build.base.length - 1)).sort(),
		);
	});
});

describe('what the index holds of each article', () => {
	const allPages = listPages(ROOT_BUILD.outDir);
	const articles = allPages.filter((page) => page.isArticle);
	const fragments = new Map(
		readPagefindFragments(ROOT_BUILD.outDir).map((fragment) => [fragment.url, fragment]),
	);
	const en = uiStrings('en');

	describe.each(articles)('$path', (page) => {
		const doc = parsePage(page);
		const fragment = fragments.get(page.path);
		const content = normalizeSpace(fragment?.content ?? '');

		it('has the headline, the standfirst and every paragraph of the body', () => {
			expect(fragment).toBeDefined();
			expect(content).toContain(normalizeSpace(doc.querySelector('h1')!.textContent));
			expect(content).toContain(normalizeSpace(doc.querySelector('.standfirst')!.textContent));
			// Paragraphs of the story: not those inside a part the index leaves out (a pull quote, a
			// fact box, a caption).
			const paragraphs = doc
				.querySelectorAll('.article-body p')
				.filter((paragraph) => !SEARCH_EXCLUDED.some((selector) => paragraph.closest(selector)));
			expect(paragraphs.length).toBeGreaterThan(0);
			for (const paragraph of paragraphs)
				expect(content).toContain(normalizeSpace(paragraph.textContent));
		});

		it('holds no word from outside the headline, the standfirst and the body', () => {
			// A live article's body goes on over its later pages of updates, all indexed as one.
			const later = allPages.filter((other) => other.path.startsWith(`${page.path}page/`));
			const bodies = [doc, ...later.map(parsePage)].map((html) => {
				const body = parse(html.querySelector('.article-body')?.toString() ?? '');
				for (const element of body.querySelectorAll('.heading-anchor, .video-embed'))
					element.remove();
				return body;
			});
			// Words as a reader sees them: block by block, and inline elements kept in their words.
			const allowed = new Set(
				[doc.querySelector('h1'), doc.querySelector('.standfirst'), ...bodies].flatMap((element) =>
					element === null ? [] : [...words(readableText(element)), ...words(element.textContent)],
				),
			);
			expect(words(content).filter((word) => !allowed.has(word))).toEqual([]);
		});

		it('leaves out the byline, dates, images, table of contents, share links, anchors, topics, fact boxes and interface labels', () => {
			// Not pull quotes: their words are the article's own, found where the article says them.
			const left = [
				...doc.querySelectorAll(
					'.article-meta, .lead-image, nav, .share, footer, .heading-anchor, .video-embed, .figure, .sensitive, .factbox, .post-original, .live-status, .update-time, .key-mark',
				),
			]
				.map((element) => readableText(element))
				.filter((text) => text.length > 0);
			for (const text of left) expect(content).not.toContain(text);
			for (const phrase of [en.readingTime(1).replace(/^\d+ /, ''), 'Link to section'])
				expect(content).not.toContain(phrase);
		});

		it('records the headline, publication date and language to show with a result', () => {
			expect(normalizeSpace(fragment?.meta['title'] ?? '')).toBe(
				normalizeSpace(doc.querySelector('h1')!.textContent),
			);
			expect(fragment?.meta['date']).toBe(
				doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content'),
			);
			expect(fragment?.meta['lang']).toBe(doc.querySelector('html')?.getAttribute('lang'));
		});
	});
});

describe('a site whose articles folder is empty (a first run)', () => {
	const scratch = join(TMP, 'empty-site');
	afterAll(() => rmSync(scratch, { recursive: true, force: true }));

	it('builds: the front page and the search page say nothing is published yet, and no index is written', async () => {
		const articles = join(scratch, 'articles');
		mkdirSync(articles, { recursive: true });
		const outDir = join(scratch, 'dist');
		const run = await runAstroBuild({
			articlesDir: relative(ROOT, articles),
			outDir,
			cacheDir: join(scratch, 'cache'),
			base: '/',
		});
		expect(run.code, run.output).toBe(0);
		const noArticles = uiStrings('en').noArticles;
		const pages = listPages(outDir, '/');
		for (const rel of [
			'index.html',
			'search/index.html',
			'topics/index.html',
			'archive/index.html',
		]) {
			const page = pages.find((candidate) => candidate.rel === rel);
			expect(page, rel).toBeDefined();
			if (page !== undefined)
				expect(normalizeSpace(parsePage(page).textContent)).toContain(noArticles);
		}
		expect(existsSync(join(outDir, 'pagefind'))).toBe(false);
		expect(run.output).not.toContain('[ERROR]');
	}, 120_000);
});

import {
	renameSync,
	appendFileSync,
	copyFileSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	corpusLiveArticle,
	corpusSlug,
	LIVE_CORPUS,
	writeCorpus,
} from '../../scripts/bench/generate-corpus.ts';
import { runAstroBuild, type BuildRun } from '../helpers/build/build-site.ts';
import { FIXTURE_ARTICLES, ROOT } from '../helpers/shared/paths.ts';
import { copyProject } from '../helpers/build/project-copy.ts';
import { readPagefindFragments } from '../helpers/build/pagefind-index.ts';
import { normalizeSpace } from '../helpers/shared/site-pages.ts';

// A copy of the project, so these tests can edit its site config and pipeline code.
const project = copyProject('rebuild-cache');
const ARTICLES = 12;

function build(cacheDir = project.cacheDir, outDir = project.outDir): Promise<BuildRun> {
	return runAstroBuild({
		root: project.root,
		articlesDir: 'articles',
		outDir,
		cacheDir,
		base: '/',
	}).then((run) => {
		if (run.code !== 0) throw new Error(`build failed:\n${run.output}`);
		return run;
	});
}

/** How many articles the loader says it parsed. */
function parsed(run: BuildRun): number {
	const match = /articles: (\d+) parsed/.exec(run.output);
	if (!match) throw new Error(`no parse count in:\n${run.output}`);
	return Number(match[1]);
}

/** Every file of an output folder, by path, as bytes. */
function snapshot(dir: string): Map<string, Buffer> {
	const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) =>
		entry.isFile(),
	);
	return new Map(
		files.map((entry) => [
			relative(dir, join(entry.parentPath, entry.name)),
			readFileSync(join(entry.parentPath, entry.name)),
		]),
	);
}

/** The paths whose bytes differ between two snapshots (or that only one has). */
function changed(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
	const paths = new Set([...before.keys(), ...after.keys()]);
	return [...paths]
		.filter((path) => !before.get(path)?.equals(after.get(path) ?? Buffer.alloc(0)))
		.sort();
}

/** A cold build of the project as it stands, into its own folders: what the cached build must equal. */
async function coldBuild(name: string, articles = ARTICLES): Promise<Map<string, Buffer>> {
	const cacheDir = join(project.root, `${name}-cache`);
	const outDir = join(project.root, `${name}-dist`);
	rmSync(cacheDir, { recursive: true, force: true });
	const run = await build(cacheDir, outDir);
	expect(parsed(run)).toBe(articles);
	return snapshot(outDir);
}

const page = (index: number) => `articles/${corpusSlug(index)}/index.html`;
/** The text-only page of corpus article `index`. */
const litePage = (index: number) => `lite/${page(index)}`;
/** The corpus article that gets a lead image, and where the image is. */
const WITH_IMAGE = 7;
const leadImage = () => join(project.articles, 'images/lead.jpg');
/** The corpus article written in Arabic: it is in the Arabic edition. */
const ARABIC = 9;

/** What the search index holds of article `slug` (its fragment's text), white space collapsed. */
function searchable(outDir: string, slug: string): string {
	const fragment = readPagefindFragments(outDir).find(
		(candidate) => candidate.url === `/articles/${slug}/`,
	);
	return normalizeSpace(fragment?.content ?? '');
}

/**
 * The pages a build rendered rather than restored from the cache: the build's log lists them
 * when they are few (src/integrations/build-log.ts), and writes no line of its own for a page.
 */
function renderedPaths(output: string): string[] {
	expect(output).not.toMatch(/[├└]─ \//);
	expect(output).toMatch(
		/\[build\] [\d,]+ pages and feeds: [\d,]+ rendered, [\d,]+ from the cache\n/,
	);
	return [...output.matchAll(/\[build\] {3}rendered (\S+)/g)].map((match) => match[1] ?? '');
}

/**
 * The changed paths besides the search index, which Pagefind rewrites whole after every build
 * that changed an article's text; the comparisons with cold builds cover the index too.
 */
function outsideIndex(paths: string[]): string[] {
	expect(paths.some((path) => path.startsWith('pagefind/'))).toBe(true);
	return paths.filter((path) => !path.startsWith('pagefind/'));
}

describe('rebuilds from the cache', { timeout: 150_000 }, () => {
	let first: Map<string, Buffer>;

	beforeAll(async () => {
		writeCorpus(ARTICLES, project.articles);
		appendFileSync(
			join(project.articles, `${corpusSlug(0)}.md`),
			'\n::video{id=42 account=acc player=default}\n',
		);
		mkdirSync(join(project.articles, 'images'));
		copyFileSync(join(ROOT, FIXTURE_ARTICLES, 'images/riverside-market-at-dawn.jpg'), leadImage());
		const withImage = join(project.articles, `${corpusSlug(WITH_IMAGE)}.md`);
		writeFileSync(
			withImage,
			readFileSync(withImage, 'utf8').replace(
				/^---\n/,
				'---\nheroImage: ./images/lead.jpg\nheroAlt: Stalls on a quay at dawn\n',
			),
		);
		const arabic = join(project.articles, `${corpusSlug(ARABIC)}.md`);
		writeFileSync(arabic, readFileSync(arabic, 'utf8').replace(/^---\n/, '---\nlang: ar\n'));
		// One live article, whose page of updates is full: one more update starts a second page.
		writeFileSync(
			join(project.articles, `${corpusSlug(LIVE_CORPUS.index)}.md`),
			corpusLiveArticle(LIVE_CORPUS.index, 30),
		);
		const run = await build();
		expect(parsed(run)).toBe(ARTICLES);
		first = snapshot(project.outDir);
	}, 120_000);

	afterAll(() => rmSync(project.root, { recursive: true, force: true }));

	it('parses nothing when nothing changed, renders only the pages without a cache key, and writes the same bytes', async () => {
		const run = await build();
		expect(parsed(run)).toBe(0);
		// No article changed, so every shard of the search index is reused, none indexed again.
		expect(run.output).toMatch(/in \d+ shards \(0 indexed, \d+ reused\)/);
		// Only the few routes with no parameters (and so no cache key) render again; every feed and
		// sitemap that lists articles is restored.
		expect(renderedPaths(run.output).sort()).toEqual([
			'/404.html',
			'/authors/index.html',
			'/robots.txt',
			'/sitemap-index.xml',
		]);
		expect(changed(first, snapshot(project.outDir))).toEqual([]);
	});

	it("re-renders only a live article's pages, its feeds and sitemaps when it gains an update, and keeps its permalinks", async () => {
		const slug = corpusSlug(LIVE_CORPUS.index);
		const ids = (snap: Map<string, Buffer>, path: string) =>
			[
				...(snap.get(path)?.toString() ?? '').matchAll(
					/<article class="update[^"]*" id="([^"]+)"/g,
				),
			].map((match) => match[1]);
		const before = ids(first, page(LIVE_CORPUS.index));
		expect(before).toHaveLength(30);
		writeFileSync(join(project.articles, `${slug}.md`), corpusLiveArticle(LIVE_CORPUS.index, 31));
		const run = await build();
		expect(parsed(run)).toBe(1);
		const after = snapshot(project.outDir);
		const livePage2 = `articles/${slug}/page/2/index.html`;
		// Its two pages (the second new) and their text-only pages, and its feed of updates; the
		// sitemaps date it anew (the index too, when it is the newest). No listing: an update
		// changes nothing they show.
		const rewritten = outsideIndex(changed(first, after));
		const rewrites = [
			page(LIVE_CORPUS.index),
			livePage2,
			`lite/${page(LIVE_CORPUS.index)}`,
			`lite/${livePage2}`,
			`articles/${slug}/updates.xml`,
			'sitemap-0.xml',
			// Its coverage runs: the news sitemap carries it with its last update's time.
			'sitemap-news.xml',
		];
		expect(rewritten).toEqual(expect.arrayContaining(rewrites));
		const mayRewrite = [...rewrites, 'sitemap-index.xml'];
		expect(rewritten.filter((path) => !mayRewrite.includes(path))).toEqual([]);
		// The new update is first; the oldest moved to page 2, every permalink as it was.
		const now = [...ids(after, page(LIVE_CORPUS.index)), ...ids(after, livePage2)];
		expect(now.slice(1)).toEqual(before);
		expect(now).toHaveLength(31);
		expect(changed(await coldBuild('cold-live-update'), after)).toEqual([]);
		first = after;
	});

	it('re-parses exactly the article whose body changed, serves its new text, and searches it', async () => {
		const file = join(project.articles, `${corpusSlug(3)}.md`);
		const source = readFileSync(file, 'utf8');
		// The first paragraph of the body goes; a sentence is added at the end.
		const [front = '', body = ''] = source.split(/\n---\n/);
		const [removed = '', ...rest] = body.trim().split('\n\n');
		writeFileSync(
			file,
			`${front}\n---\n\n${rest.join('\n\n')}\n\nA sentence added after publication.\n`,
		);
		const before = searchable(project.outDir, corpusSlug(3));
		expect(before).toContain(normalizeSpace(removed));
		const run = await build();
		expect(parsed(run)).toBe(1);
		expect(run.output).toMatch(/in \d+ shards \(1 indexed, \d+ reused\)/);
		// The search index finds the new text, and no longer the old.
		const found = searchable(project.outDir, corpusSlug(3));
		expect(found).toContain('A sentence added after publication.');
		expect(found).not.toContain(normalizeSpace(removed));
		const after = snapshot(project.outDir);
		// Its page and the full-text feeds that carry it, each with the new text.
		const showing = [...after].filter(([, bytes]) =>
			bytes.includes('A sentence added after publication.'),
		);
		expect(outsideIndex(changed(first, after))).toEqual(showing.map(([path]) => path).sort());
		expect(showing.map(([path]) => path)).toEqual(
			expect.arrayContaining([page(3), litePage(3), 'rss.xml']),
		);
		expect(changed(await coldBuild('cold-body'), after)).toEqual([]);
		first = after;
	});

	it('re-parses exactly the article whose title changed, and every page showing it follows', async () => {
		const file = join(project.articles, `${corpusSlug(5)}.md`);
		const source = readFileSync(file, 'utf8');
		const oldTitle = JSON.parse(/^title: (.*)$/m.exec(source)?.[1] ?? '""') as string;
		expect(first.get(page(5))?.toString()).toContain(oldTitle);
		writeFileSync(file, source.replace(/^title: .*$/m, 'title: A corrected headline'));
		const run = await build();
		expect(parsed(run)).toBe(1);
		const after = snapshot(project.outDir);
		// Exactly the pages that show the headline change: its own, the listings and the related
		// coverage of articles sharing its topics; none keeps the old one.
		const showing = [...after].filter(([, bytes]) => bytes.includes('A corrected headline'));
		expect(outsideIndex(changed(first, after))).toEqual(showing.map(([path]) => path).sort());
		expect(showing.map(([path]) => path)).toEqual(
			expect.arrayContaining([
				page(5),
				litePage(5),
				expect.stringMatching(/^lite\/topics\//),
				expect.stringMatching(/^topics\//),
				expect.stringMatching(/^archive\/\d{4}\/\d{2}\//),
			]),
		);
		expect(showing.filter(([path]) => path.startsWith('articles/')).length).toBeGreaterThan(1);
		expect([...after].filter(([, bytes]) => bytes.includes(oldTitle))).toEqual([]);
		expect(changed(await coldBuild('cold-front-matter'), after)).toEqual([]);
		first = after;
	});

	it("re-renders an Arabic article's pages in the Arabic edition, and no page of the English one", async () => {
		const file = join(project.articles, `${corpusSlug(ARABIC)}.md`);
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: عنوان مصحح'));
		const run = await build();
		expect(parsed(run)).toBe(1);
		const after = snapshot(project.outDir);
		const paths = changed(first, after);
		expect(paths).toEqual(
			expect.arrayContaining([
				page(ARABIC),
				litePage(ARABIC),
				'ar/index.html',
				'lite/ar/index.html',
				'ar/rss.xml',
				'ar/feed.json',
			]),
		);
		expect(paths.some((path) => path.startsWith('ar/pagefind/'))).toBe(true);
		// Besides the Arabic edition (full and text-only), only its own page (and its text-only
		// page), its authors' pages and the sitemaps.
		expect(
			paths.filter(
				(path) =>
					!path.startsWith('ar/') &&
					!path.startsWith('lite/ar/') &&
					path !== page(ARABIC) &&
					path !== litePage(ARABIC) &&
					!path.startsWith('authors/') &&
					!path.startsWith('sitemap-'),
			),
		).toEqual([]);
		expect(changed(await coldBuild('cold-arabic'), after)).toEqual([]);
		first = after;
	});

	it("re-renders an article whose related coverage changed when another article's tags did", async () => {
		const tagsOf = (index: number) => {
			const source = readFileSync(join(project.articles, `${corpusSlug(index)}.md`), 'utf8');
			return JSON.parse(/^tags: (.*)$/m.exec(source)?.[1] ?? '[]') as string[];
		};
		// The slugs listed under "Related coverage" on article `index`'s page.
		const relatedOn = (snap: Map<string, Buffer>, index: number) => {
			const html = snap.get(page(index))?.toString() ?? '';
			const section = html.slice(html.indexOf('class="related"'));
			return [...section.matchAll(/\/articles\/(article-\d+)\/"/g)].map((match) => match[1]);
		};
		// An article not yet related to article 2 takes exactly article 2's topics: it shares all of
		// them, so it must now be listed on article 2's page, which is otherwise unchanged.
		const target = 2;
		const mover = [...Array(ARTICLES).keys()].find(
			(index) => index !== target && !relatedOn(first, target).includes(corpusSlug(index)),
		);
		if (mover === undefined) throw new Error('every article is already related to article 2');
		const file = join(project.articles, `${corpusSlug(mover)}.md`);
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace(/^tags: .*$/m, `tags: ${JSON.stringify(tagsOf(target))}`),
		);
		const run = await build();
		expect(parsed(run)).toBe(1);
		const after = snapshot(project.outDir);
		expect(relatedOn(after, target)).toContain(corpusSlug(mover));
		expect(changed(first, after)).toEqual(
			expect.arrayContaining([page(mover), litePage(mover), page(target)]),
		);
		// The text-only edition shows no related coverage: the target's text-only page is the same.
		expect(changed(first, after)).not.toContain(litePage(target));
		expect(changed(await coldBuild('cold-tags'), after)).toEqual([]);
		first = after;
	});

	it('re-renders exactly the article whose lead image was replaced, parsing nothing', async () => {
		const before = first.get(page(WITH_IMAGE))?.toString() ?? '';
		expect(before).toContain('<picture');
		// The same size and name, other pixels: only the bytes tell the two apart.
		writeFileSync(leadImage(), await sharp(leadImage()).flop().jpeg({ quality: 70 }).toBuffer());
		const run = await build();
		expect(parsed(run)).toBe(0);
		const after = snapshot(project.outDir);
		const changedFiles = changed(first, after);
		expect(changedFiles.filter((path) => path.endsWith('.html'))).toEqual([page(WITH_IMAGE)]);
		expect(changedFiles.filter((path) => !path.endsWith('.html')).length).toBeGreaterThan(0);
		// The image's new hashed file, and the search index, which records the lead image's URL.
		for (const path of changedFiles.filter((file) => !file.endsWith('.html')))
			expect(path).toMatch(/^(_astro|pagefind)\//);
		expect(after.get(page(WITH_IMAGE))?.toString()).not.toBe(before);
		expect(changed(await coldBuild('cold-image'), after)).toEqual([]);
		first = after;
	});

	it("re-renders an author's page and the articles whose bylines name them when the author file changes, parsing no article", async () => {
		const file = join(project.root, 'tests/fixtures/site/authors/jane-doe.md');
		const before = readFileSync(file, 'utf8');
		expect(before).toMatch(/^role: .*$/m);
		writeFileSync(file, before.replace(/^role: .*$/m, 'role: Chief city correspondent'));
		const run = await build();
		expect(parsed(run)).toBe(0);
		const after = snapshot(project.outDir);
		// Exactly the pages that show the new role: the author's pages, the authors index, and each
		// article by her (its JSON-LD names her jobTitle). The search index holds none of it.
		const showing = [...after].filter(([, bytes]) => bytes.includes('Chief city correspondent'));
		const paths = showing.map(([path]) => path);
		expect(paths).toEqual(
			expect.arrayContaining(['authors/jane-doe/index.html', 'authors/index.html']),
		);
		expect(paths.filter((path) => path.startsWith('articles/')).length).toBeGreaterThan(0);
		expect(changed(first, after).filter((path) => !path.startsWith('pagefind/'))).toEqual(
			paths.sort(),
		);
		expect(changed(await coldBuild('cold-author'), after)).toEqual([]);
		first = after;
	});

	it('re-parses every article when a site setting the pipeline reads changes', async () => {
		const config = join(project.root, 'src/site.config.ts');
		writeFileSync(
			config,
			readFileSync(config, 'utf8').replace(/timeZone: 'UTC'/, "timeZone: 'Asia/Baghdad'"),
		);
		const run = await build();
		expect(parsed(run)).toBe(ARTICLES);
		expect(changed(await coldBuild('cold-site-config'), snapshot(project.outDir))).toEqual([]);
	});

	it('keeps its lead images after another archive was built in the same project (bench, tests)', async () => {
		const before = snapshot(project.outDir);
		// An archive without images, built from the same project with a cache of its own.
		const other = join(project.root, 'other-articles');
		mkdirSync(other, { recursive: true });
		const run = await runAstroBuild({
			root: project.root,
			articlesDir: 'other-articles',
			outDir: join(project.root, 'other-dist'),
			cacheDir: join(project.root, 'other-cache'),
			base: '/',
		});
		expect(run.code, run.output).toBe(0);
		// The archive's own build, its store unchanged, still hands its lead image to astro:assets.
		expect(parsed(await build())).toBe(0);
		expect(changed(before, snapshot(project.outDir))).toEqual([]);
	});

	it('builds a project moved to another folder from its cache: no error, nothing parsed, the same bytes', async () => {
		const before = snapshot(project.outDir);
		const moved = `${project.root}-moved`;
		renameSync(project.root, moved);
		try {
			const run = await runAstroBuild({
				root: moved,
				articlesDir: 'articles',
				outDir: join(moved, 'dist'),
				cacheDir: join(moved, 'cache'),
				base: '/',
			});
			expect(run.code, run.output).toBe(0);
			expect(parsed(run)).toBe(0);
			expect(changed(before, snapshot(join(moved, 'dist')))).toEqual([]);
		} finally {
			renameSync(moved, project.root);
		}
	});

	it('re-parses nothing when only site code changes (an interface string)', async () => {
		const strings = join(project.root, 'src/lib/site/i18n/strings.ts');
		writeFileSync(
			strings,
			readFileSync(strings, 'utf8').replace(
				"related: 'Related coverage',",
				"related: 'More coverage',",
			),
		);
		const run = await build();
		expect(parsed(run)).toBe(0);
		const after = snapshot(project.outDir);
		expect(changed(await coldBuild('cold-site-code'), after)).toEqual([]);
		expect([...after.values()].some((html) => html.includes('More coverage'))).toBe(true);
	});

	it('re-parses every article when the pipeline code changes, and serves no stale page', async () => {
		const pipeline = join(project.root, 'src/lib/pipeline/parse-article.ts');
		writeFileSync(
			pipeline,
			readFileSync(pipeline, 'utf8').replace(
				'const html = toHtml(root);',
				"const html = toHtml(root).replaceAll('<p>', '<p class=\"changed\">');",
			),
		);
		const run = await build();
		expect(parsed(run)).toBe(ARTICLES);
		const after = snapshot(project.outDir);
		expect(changed(await coldBuild('cold-pipeline'), after)).toEqual([]);
		const pages = [...after.entries()].filter(([path]) => path.startsWith('articles/'));
		expect(pages.length).toBeGreaterThan(0);
		for (const [path, html] of pages)
			if (path.endsWith('.html')) expect(html.toString()).toContain('<p class="changed">');
	});

	it("removes a deleted article's page and keeps every other page, as a cold build would", async () => {
		// The newest article: the corpus links only to earlier ones, so no page links to it.
		const last = ARTICLES - 1;
		rmSync(join(project.articles, `${corpusSlug(last)}.md`));
		const run = await build();
		expect(run.output).toMatch(/\d+ pages? of the last build removed/);
		const after = snapshot(project.outDir);
		expect(after.has(page(last))).toBe(false);
		expect(after.has(page(last - 1))).toBe(true);
		expect(changed(await coldBuild('cold-deleted', ARTICLES - 1), after)).toEqual([]);
	});

	it('renders every page again after a build that stopped while unchanged pages were linked', async () => {
		const before = snapshot(project.outDir);
		// What a build leaves when it stops between linking the cached pages and recording them.
		writeFileSync(join(project.cacheDir, 'pages-linked'), '');
		const run = await build();
		expect(run.output).toMatch(/every page is rendered again/);
		expect(run.output).not.toMatch(/\(cached\)|\(restored\)/);
		expect(changed(before, snapshot(project.outDir))).toEqual([]);
	});
});

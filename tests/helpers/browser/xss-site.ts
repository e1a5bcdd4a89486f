import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../../src/lib/pipeline/parse-article.ts';
import { TEST_OPTIONS, articleSource } from '../shared/article-options.ts';
import { ensureFixtureSite } from '../build/build-site.ts';
import { ROOT, fixtureBuild } from '../shared/paths.ts';
import { loadXssCorpus, type SourcedVector } from '../../../scripts/lib/xss-corpus.ts';
import { htmlOf } from '../shared/parts.ts';

/** Where the corpus articles are written, relative to the project root (`ARTICLES_DIR`). */
export const XSS_ARTICLES = 'tests/.tmp/xss/articles';

/** The site built from the XSS corpus, for the browser tier (tests/browser/xss.spec.ts). */
export const XSS_BUILD = fixtureBuild('xss', '/', XSS_ARTICLES);

/** Vectors an article holds, about. */
const PER_PAGE = 20;

/** One article page of corpus vectors. */
export interface XssPage {
	slug: string;
	vectors: SourcedVector[];
	/** Whether the page is a live article, each vector the text of an update with a hostile title. */
	live?: boolean;
}

/**
 * Titles of the live corpus page's updates, one a vector in turn: a title is plain text in an
 * attribute of `:::update{…}`, printed as an `h3`, a key event's link and JSON-LD and feed text.
 */
const LIVE_TITLE_PROBES = [
	"<img src=x onerror=alert('title')>",
	'</h3><script>alert(1)</script>',
	'</script><script>alert(2)</script>',
	"<svg onload=alert('svg')>",
	"javascript:alert('title')",
	"{{constructor.constructor('alert(3)')()}}",
	'<a href=javascript:alert(4)>x</a>',
	"' onmouseover='alert(5)",
];

/** The start of the live corpus page's coverage; update `n` is `n` minutes later. */
const LIVE_START = Date.parse('2020-01-01T00:00:00Z');

/** The `:::update` of vector `index` on the live corpus page. */
function updateOf(vector: SourcedVector, index: number): string {
	const time = new Date(LIVE_START + (index + 1) * 60_000).toISOString().replace('.000Z', 'Z');
	const title = LIVE_TITLE_PROBES[index % LIVE_TITLE_PROBES.length] ?? '';
	// Key events carry their title into the "Key events" list; every third is one.
	const key = index % 3 === 0 ? ' key' : '';
	return `::::::update{time="${time}"${key} title="${title}"}\n${vector.payload}\n\nEnd of vector ${vector.id}.\n::::::`;
}

/** The article file of the live corpus page, around its updates. */
function liveArticle(updates: readonly string[]): string {
	return `---\ntitle: XSS corpus, live page\ndescription: Vectors as the text of live updates, with hostile titles.\npubDate: 2020-01-01T00:00:00Z\nauthor: Security tests\nlive:\n  start: 2020-01-01T00:00:00Z\n---\n\nVectors of the XSS corpus as live updates (tests/fixtures/xss).\n\n${updates.join('\n\n')}\n`;
}

/** Whether a live article holding the vector as an update parses (a heading, say, is refused). */
function parsesAsUpdate(vector: SourcedVector): boolean {
	try {
		parseArticle(liveArticle([updateOf(vector, 0)]), 'content/articles/probe.md', TEST_OPTIONS);
		return true;
	} catch {
		return false;
	}
}

/**
 * Whether a vector swallows the Markdown after it (an unclosed `<script>`, `<style>`,
 * `<textarea>`... raw HTML block runs to the end of the file): such a vector goes last on its
 * page so that it cannot hide the vectors after it from the browser.
 */
function swallows(vector: SourcedVector): boolean {
	try {
		const article = parseArticle(
			articleSource(`${vector.payload}\n\nSentinel paragraph.`),
			'content/articles/probe.md',
			TEST_OPTIONS,
		);
		return !htmlOf(article.lead).includes('<p>Sentinel paragraph.</p>');
		// Since raw HTML is parsed section by section, nothing reaches past the next heading.
	} catch {
		return true;
	}
}

/** A vector's section of its corpus page: a heading, the vector, a closing paragraph. */
function vectorSection(vector: SourcedVector): string {
	return `## Vector ${vector.id}\n\n${vector.payload}\n\nEnd of vector ${vector.id}.`;
}

/**
 * Whether the pipeline rejects an article holding the vector (an ArticleError naming the file):
 * no page is built from such an article, so there is nothing for the browser to run. The unit
 * tier counts these as safe outcomes (a local image without a usable path, for one).
 */
function rejected(vector: SourcedVector): boolean {
	try {
		parseArticle(articleSource(vectorSection(vector)), 'content/articles/probe.md', TEST_OPTIONS);
		return false;
	} catch {
		return true;
	}
}

/**
 * The corpus in pages of about `PER_PAGE` vectors, each swallowing vector last on its page; the
 * vectors the pipeline rejects are left out, since an article holding one would fail the build.
 */
export function xssPages(): XssPage[] {
	const corpus = loadXssCorpus().filter((vector) => !rejected(vector));
	const last = corpus.filter(swallows);
	const rest = corpus.filter((vector) => !last.includes(vector));
	const count = Math.max(Math.ceil(corpus.length / PER_PAGE), last.length);
	const size = Math.ceil(rest.length / count);
	// One live page, of vectors that each parse as an update, fewer than a page of updates holds.
	const updates: SourcedVector[] = [];
	for (const vector of rest) {
		if (updates.length === PER_PAGE) break;
		if (parsesAsUpdate(vector)) updates.push(vector);
	}
	const live: XssPage = { slug: 'xss-corpus-live', vectors: updates, live: true };
	return [
		...Array.from({ length: count }, (_, index) => ({
			slug: `xss-corpus-${String(index + 1).padStart(2, '0')}`,
			vectors: [
				...rest.slice(index * size, (index + 1) * size),
				...(last[index] ? [last[index]] : []),
			],
		})),
		live,
	];
}

/** The article file of a corpus page: one `##` section a vector, then a closing paragraph. */
export function xssArticle(page: XssPage): string {
	if (page.live === true) return liveArticle(page.vectors.map(updateOf));
	const ids = page.vectors.map((vector) => vector.id);
	const body = [
		`Vectors ${ids[0] ?? ''} to ${ids.at(-1) ?? ''} of the XSS corpus (tests/fixtures/xss).`,
		...page.vectors.map(vectorSection),
	].join('\n\n');
	return `---\ntitle: XSS corpus, page ${page.slug.slice(-2)}\ndescription: Vectors from public XSS collections, rendered by the real pipeline.\npubDate: 2020-01-01\nauthor: Security tests\n---\n\n${body}\n`;
}

function writeIfChanged(path: string, text: string): void {
	if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
	writeFileSync(path, text);
}

/**
 * Writes the corpus articles (only files whose text changed) and builds them with the real
 * site, unless the output is newer than every input. Throws with Astro's output on failure.
 */
export async function ensureXssSite(): Promise<void> {
	const dir = join(ROOT, XSS_ARTICLES);
	mkdirSync(dir, { recursive: true });
	const pages = xssPages();
	const names = new Set(pages.map((page) => `${page.slug}.md`));
	for (const name of readdirSync(dir)) if (!names.has(name)) rmSync(join(dir, name));
	for (const page of pages) writeIfChanged(join(dir, `${page.slug}.md`), xssArticle(page));

	await ensureFixtureSite(XSS_BUILD);
}

/** Known vectors, NOT sanitized, for the detector's self-test: each runs on load, hover, focus or click. */
const RAW_VECTORS = `<article>
<p><img src="missing-1.png" alt="" onerror="alert('load')"></p>
<p><a href="#" onmouseover="alert('hover')">hover me</a></p>
<p><a href="#" onfocus="alert('focus')">focus me</a></p>
<p><a href="javascript:alert('click')">click me</a></p>
<p><img src="missing-2.png" alt="" onerror="document.body.appendChild(document.createElement('iframe')).contentWindow.alert('dialog')"></p>
</article>`;

/**
 * Writes the detector's two pages into the served folder: the raw vectors with no sanitizer
 * and no policy (`detector/raw.html`), and the same with the site's Content Security Policy
 * taken from a built page (`detector/raw-csp.html`).
 */
export function writeDetectorPages(outDir: string, policySource: string): void {
	const policy = /<meta http-equiv="content-security-policy" content="[^"]*">/i.exec(
		readFileSync(policySource, 'utf8'),
	)?.[0];
	if (policy === undefined) throw new Error(`no Content Security Policy <meta> in ${policySource}`);
	const page = (head: string) =>
		`<!doctype html><html lang="en"><head><meta charset="utf-8">${head}<title>Detector</title></head><body>${RAW_VECTORS}</body></html>\n`;
	mkdirSync(join(outDir, 'detector'), { recursive: true });
	writeFileSync(join(outDir, 'detector', 'raw.html'), page(''));
	writeFileSync(join(outDir, 'detector', 'raw-csp.html'), page(policy));
}

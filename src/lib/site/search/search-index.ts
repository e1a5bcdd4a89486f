import { createHash } from 'node:crypto';

/**
 * What the search index holds, and the checks that make a broken index fail the build. Pagefind
 * indexes only `<article data-pagefind-body>` on article pages; these selectors take out of it
 * everything but the headline, the standfirst and the body.
 */
export const SEARCH_EXCLUDED: readonly string[] = [
	// Byline, dateline, dates, reading time, translation note.
	'.article-meta',
	'.corrections',
	'.publishing-note',
	// The lead image, its caption and credit: about the photograph, not the story's text.
	'.lead-image',
	// Table of contents, share links and any other navigation; topic and related lists.
	'nav',
	'.share',
	'aside',
	'footer',
	// Each section's anchor link, whose hidden label ("Link to section: …") would be found as text.
	'.heading-anchor',
	// The video facade's words are the interface's ("Play video"), not the article's.
	'.video-embed',
	// Body figures and galleries (captions and credits, as the lead image's), and the warning of a
	// sensitive one. Pull quotes (which repeat the text) and fact boxes are asides, left out above.
	'.figure',
	'.sensitive',
	// A post's link to the original: interface words ("View the original post").
	'.post-original',
];

/** The glob, relative to the output folder, of the pages the index covers. */
export const INDEXED_PAGES = 'articles/*/index.html';

/** What Pagefind reported at each step of indexing a build. */
export interface IndexingReport {
	/** Errors from creating the index, adding the pages and writing the files, in order. */
	errors: readonly string[];
	/** Pages Pagefind indexed. */
	pageCount: number;
	/** Article pages the build wrote. */
	articlePages: number;
}

/**
 * Why an index must fail the build, or `undefined` when it is sound: Pagefind reported errors,
 * indexed no page, or indexed a number of pages other than the article pages the build wrote.
 */
export function indexingProblem(report: IndexingReport): string | undefined {
	if (report.errors.length > 0)
		return ['Pagefind reported errors:', ...report.errors.map((error) => `  ${error}`)].join('\n');
	if (report.pageCount === 0)
		return `Pagefind indexed 0 pages: expected the ${String(report.articlePages)} article pages (${INDEXED_PAGES}), each with an element marked data-pagefind-body`;
	if (report.pageCount !== report.articlePages)
		return `Pagefind indexed ${String(report.pageCount)} pages: expected the ${String(report.articlePages)} article pages (${INDEXED_PAGES})`;
	return undefined;
}

/**
 * Whether a file of Pagefind's bundle is one the site serves. Pagefind also writes its three
 * ready-made interfaces (and a highlighter), which the search page does not use: 400 KB left out.
 */
export function isBundleFileServed(path: string): boolean {
	return !/^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(path);
}

/** One page the index is built from: its path in the output folder and its bytes. */
export interface IndexedPage {
	path: string;
	content: Uint8Array;
}

/**
 * The cache key of a search index: a digest of every indexed page (path and bytes, in path
 * order) and of what else decides the index (`settings`: Pagefind's version, the language, the
 * excluded selectors). Equal keys give byte-identical bundles, so an unchanged archive reuses the
 * last index instead of indexing every article again.
 */
export function searchIndexKey(pages: readonly IndexedPage[], settings: string): string {
	const hash = createHash('sha256').update(settings).update('\0');
	for (const page of [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
		hash.update(page.path).update('\0').update(String(page.content.byteLength)).update('\0');
		hash.update(page.content);
	}
	return hash.digest('hex');
}

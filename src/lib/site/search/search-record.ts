import type { Article, Block, Part } from '../../article/article-schema.ts';
import { assertNever } from '../../core/assert-never.ts';
import { pageOfUpdate, updateHeadline } from '../live/live-pages.ts';

/**
 * The document the search index is built from for one article: its headline (`h1`, which
 * Pagefind takes as the result's title), standfirst and body, with each section under its `h2`
 * and id (so a result can point into its section), and the metadata results show. Built from the
 * parsed article, not from its page: indexing needs no built page, and nothing but the story's
 * own text (no byline, dates, navigation, share links or interface words) can get into it.
 */
export function searchRecordHtml(
	article: Pick<Article, 'meta' | 'lead' | 'sections' | 'live'>,
): string {
	const { meta } = article;
	const parts = (list: readonly Part[]) =>
		list.map((part) => (part.kind === 'html' ? part.html : searchBlockHtml(part))).join('');
	return [
		`<html><head><title>${escapeHtml(meta.title)}</title></head><body>`,
		`<article data-pagefind-body data-pagefind-meta="date:${escapeHtml(meta.pubDate.iso)}" data-pagefind-sort="date:${escapeHtml(meta.pubDate.iso)}">`,
		`<h1>${escapeHtml(meta.title)}</h1>`,
		`<p>${escapeHtml(meta.description)}</p>`,
		`<div data-pagefind-meta="lang:${escapeHtml(meta.lang)}">`,
		parts(article.lead.parts),
		...article.sections.map(
			(section) =>
				`<h2 id="${escapeHtml(section.id)}">${escapeHtml(section.title)}</h2>${parts(section.parts)}`,
		),
		// A live article's updates, newest first, each under its headline: those on the article page
		// with their permalink's id, so a result can point at the update; the older ones, on later
		// pages, without, so no result points at a fragment the article page lacks.
		...(article.live?.updates ?? []).map(
			(update, index) =>
				`<h2${pageOfUpdate(index) === 1 ? ` id="${escapeHtml(update.id)}"` : ''}>${escapeHtml(updateHeadline(update))}</h2>${parts(update.parts)}`,
		),
		'</div></article></body></html>',
	].join('');
}

/**
 * What the index holds of a block: the story's own words a block carries, none of the
 * interface's (a video's "Play video" is not the story's). A timeline's events and a quoted post's
 * words are the story's; captions and credits describe photographs, a pull quote repeats the text
 * and a fact box sits beside it, so none of those is indexed (as pages' asides never were).
 */
export function searchBlockHtml(block: Block): string {
	switch (block.kind) {
		case 'timeline':
			return `<ol>${block.events.map((event) => `<li>${event.text.html}</li>`).join('')}</ol>`;
		case 'post':
			return `<blockquote><p>${escapeHtml(block.author)}</p>${block.text.html}</blockquote>`;
		case 'video':
		case 'figure':
		case 'gallery':
		case 'pullquote':
		case 'factbox':
			return '';
		default:
			return assertNever(block);
	}
}

function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
}

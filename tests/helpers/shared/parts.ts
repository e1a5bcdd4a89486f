import type { Part } from '../../../src/lib/article/article-schema.ts';

/** The HTML runs of a lead or section, joined: what its page shows besides its blocks. */
export function htmlOf(holder: { parts: readonly Part[] } | undefined): string {
	return (holder?.parts ?? [])
		.flatMap((part) => (part.kind === 'html' ? [part.html] : []))
		.join('');
}

/** Every `HtmlPart` inside a value (a block's caption, quote, facts...), deep. */
function htmlParts(value: unknown): string[] {
	if (Array.isArray(value)) return value.flatMap(htmlParts);
	if (typeof value !== 'object' || value === null) return [];
	if ('kind' in value && value.kind === 'html' && 'html' in value && typeof value.html === 'string')
		return [value.html];
	return Object.values(value).flatMap(htmlParts);
}

/** The HTML of the author's text inside the blocks of a lead or section, joined. */
export function blockHtmlOf(holder: { parts: readonly Part[] } | undefined): string {
	return (holder?.parts ?? [])
		.flatMap((part) => (part.kind === 'html' ? [] : htmlParts(part)))
		.join('');
}

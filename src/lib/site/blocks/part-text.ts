import { toString } from 'hast-util-to-string';
import type { HtmlPart } from '../../article/article-schema.ts';
import { parseHtml } from '../feeds/feed-html.ts';

/** The text of a sanitized HTML part (a caption) without its markup, spaces collapsed. */
export function partText(part: HtmlPart): string {
	return toString({ type: 'root', children: parseHtml(part.html) })
		.replace(/\s+/g, ' ')
		.trim();
}

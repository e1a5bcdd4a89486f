import type { Element, ElementContent, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { Block, Part } from '../../article/article-schema.ts';
import { primaryLanguage } from '../../core/language.ts';

/** What a feed item's content is made from: an article's parts, lead then sections. */
export interface FeedBody {
	/** The lead's parts. */
	lead: readonly Part[];
	/** Each section's heading text and parts (heading excluded). */
	sections: readonly { title: string; parts: readonly Part[] }[];
}

/** How the content's language and direction relate to the feed's. */
export interface FeedContentOptions {
	/** Absolute URL of the article page: relative URLs in the body resolve against it. */
	articleUrl: string;
	/** BCP 47 tag of the article; when it is not the feed's, the content is wrapped to say so. */
	lang: string;
	/** Text direction of the article. */
	dir: 'ltr' | 'rtl';
	/** BCP 47 tag of the feed. */
	feedLang: string;
	/** A block as a feed shows it: plain elements built from its data (`feedBlock`). */
	block: (block: Block) => Element;
}

// Every attribute of the sanitized HTML (and of the video facade) that holds a URL, by hast
// property name. `srcSet` holds a list of them.
const URL_PROPERTIES = ['href', 'src', 'cite', 'longDesc', 'poster', 'action'] as const;

/**
 * The full text of an article for a feed: the lead, then each section under its `h2`, as one
 * HTML string. A feed reader shows it away from the site, so every relative URL (a link to
 * another article, `../x/`; a section or footnote anchor, `#id`; an image) is made absolute
 * against `articleUrl`. The HTML was sanitized by the pipeline; this only re-parses and
 * rewrites it, on the tree. An article in another language than the feed is wrapped in a
 * `<div lang dir>`, so a reader that ignores the item's language still sets Arabic right to left.
 */
export function feedContentHtml(body: FeedBody, options: FeedContentOptions): string {
	const partsHtml = (parts: readonly Part[]) =>
		parts.flatMap((part) => (part.kind === 'html' ? parseHtml(part.html) : [options.block(part)]));
	const children: RootContent[] = [...partsHtml(body.lead)];
	for (const section of body.sections) {
		children.push(heading(section.title), ...partsHtml(section.parts));
	}
	let tree: Root = { type: 'root', children };
	absolutizeUrls(tree, options.articleUrl);
	if (primaryLanguage(options.lang) !== primaryLanguage(options.feedLang)) {
		const wrapper: Element = {
			type: 'element',
			tagName: 'div',
			properties: { lang: options.lang, dir: options.dir },
			children: children as ElementContent[],
		};
		tree = { type: 'root', children: [wrapper] };
	}
	return toHtml(tree);
}

function heading(title: string): Element {
	return {
		type: 'element',
		tagName: 'h2',
		properties: {},
		children: [{ type: 'text', value: title }],
	};
}

/** Parses an HTML fragment into hast nodes (the parser the pipeline itself uses for raw HTML). */
export function parseHtml(html: string): RootContent[] {
	if (html === '') return [];
	const tree = raw({ type: 'root', children: [{ type: 'raw', value: html }] });
	return tree.type === 'root' ? tree.children : [tree];
}

/** Rewrites every URL-valued property of `tree` to an absolute URL against `baseUrl`. */
export function absolutizeUrls(tree: Root, baseUrl: string): void {
	visit(tree, 'element', (node: Element) => {
		for (const name of URL_PROPERTIES) {
			const value = node.properties[name];
			if (typeof value === 'string') node.properties[name] = absoluteUrlOf(value, baseUrl);
		}
		// A comma-separated list: parsers give an array, whatever the type declaration says.
		const srcSet: unknown = node.properties['srcSet'];
		if (srcSet !== undefined && srcSet !== null) {
			const candidates = Array.isArray(srcSet)
				? srcSet.map(String)
				: typeof srcSet === 'string'
					? srcSet.split(',')
					: [];
			node.properties['srcSet'] = candidates
				.map((candidate) => {
					const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
					return [absoluteUrlOf(url, baseUrl), ...descriptor].join(' ');
				})
				.join(', ');
		}
	});
}

/** `url` resolved against `baseUrl`; left as it is when it cannot be parsed. */
function absoluteUrlOf(url: string, baseUrl: string): string {
	try {
		return new URL(url, baseUrl).href;
	} catch {
		return url;
	}
}

import type { Root, RootContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import type { Plugin } from 'unified';

/**
 * rehype-sanitize for article bodies: sanitizes every run of untrusted content between the
 * pipeline's typed `articleBlock` nodes with hast-util-sanitize and `schema`, and keeps those
 * nodes (which carry data, not HTML, and which raw HTML cannot produce). A block's rich text (a
 * caption, a quote: its `blockSlot` children) is sanitized with the same schema, each on its
 * own. Everything after this step is trusted code.
 */
export const rehypeSanitizeArticle: Plugin<[Schema], Root> = (schema) => (tree) => {
	const clean = (nodes: RootContent[]): RootContent[] => {
		const result = sanitize({ type: 'root', children: nodes }, schema);
		return result.type === 'root' ? result.children : [];
	};
	const children: RootContent[] = [];
	let run: RootContent[] = [];
	const flush = () => {
		if (run.length === 0) return;
		children.push(...clean(run));
		run = [];
	};
	for (const child of tree.children) {
		if (child.type === 'articleBlock') {
			flush();
			for (const slot of child.children) slot.children = clean(slot.children as RootContent[]);
			children.push(child);
		} else {
			run.push(child);
		}
	}
	flush();
	tree.children = children;
};

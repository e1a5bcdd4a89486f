import type { Root, RootContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import type { Plugin } from 'unified';

/**
 * rehype-sanitize for article bodies: sanitizes every run of untrusted content between the
 * pipeline's typed `articleBlock` nodes with hast-util-sanitize and `schema`, and keeps those
 * nodes (which carry data, not HTML, and which raw HTML cannot produce). Everything after this
 * step is trusted code.
 */
export const rehypeSanitizeArticle: Plugin<[Schema], Root> = (schema) => (tree) => {
	const children: RootContent[] = [];
	let run: RootContent[] = [];
	const flush = () => {
		if (run.length === 0) return;
		const clean = sanitize({ type: 'root', children: run }, schema);
		if (clean.type === 'root') children.push(...clean.children);
		run = [];
	};
	for (const child of tree.children) {
		if (child.type === 'articleBlock') {
			flush();
			children.push(child);
		} else {
			run.push(child);
		}
	}
	flush();
	tree.children = children;
};

import type { Element, Root } from 'hast';
import { raw } from 'hast-util-raw';
import { visit } from 'unist-util-visit';
import { srcsetCandidates } from './site-pages.ts';

/**
 * Elements that can run script, load or embed another document, change how the page's URLs
 * resolve, submit data, or hide markup from the sanitizer's view of the tree (raw-text and
 * foreign-content elements behind mutation XSS). None may come out of an article.
 */
export const SCRIPT_CAPABLE_ELEMENTS = new Set([
	'script',
	'iframe',
	'frame',
	'frameset',
	'object',
	'embed',
	'applet',
	'param',
	'base',
	'meta',
	'link',
	'style',
	'form',
	'button',
	'select',
	'textarea',
	'keygen',
	'svg',
	'math',
	'template',
	'noscript',
	'noembed',
	'noframes',
	'xmp',
	'listing',
	'plaintext',
	'portal',
	'fencedframe',
	'dialog',
]);

/** Attributes (lower-cased hast property names) that are never allowed, whatever their value. */
const FORBIDDEN_ATTRIBUTES = new Set(['style', 'srcdoc', 'formaction', 'is', 'xmlns']);

/**
 * Properties whose value is a URL, by their hast names (HTML, SVG and MathML, current and
 * legacy): what a schema must guard with a protocol list and what the checker reads.
 */
export const URL_PROPERTIES: readonly string[] = [
	'href',
	'src',
	'srcSet',
	'cite',
	'action',
	'formAction',
	'poster',
	'background',
	'xLinkHref',
	'data',
	'longDesc',
	'ping',
	'codeBase',
	'archive',
	'classId',
	'manifest',
	'lowsrc',
	'dynsrc',
	'useMap',
	'itemId',
	'itemType',
	'profile',
	'icon',
];

const URL_ATTRIBUTES = new Set(URL_PROPERTIES.map((name) => name.toLowerCase()));

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * The scheme a browser would read from a URL attribute's value (after the parser has decoded
 * character references): it drops ASCII whitespace and control characters anywhere in the
 * scheme, and we drop every other invisible or separator character too, to be stricter than
 * any browser. `undefined` for a relative URL.
 */
export function urlScheme(value: string): string | undefined {
	const visible = value.replace(/[\p{Cc}\p{Cf}\p{Z}\s]/gu, '');
	return /^([a-z][a-z0-9+.-]*):/i.exec(visible)?.[1]?.toLowerCase();
}

/** Each URL in a `srcset` or `ping` value. */
function urlsOf(name: string, value: string): string[] {
	if (name === 'srcset') return srcsetCandidates(value).map((candidate) => candidate.url);
	if (name === 'ping' || name === 'archive') return value.split(/\s+/);
	return [value];
}

function describe(node: Element): string {
	const attributes = Object.entries(node.properties)
		.map(([key, value]) => ` ${key}=${JSON.stringify(value)}`)
		.join('');
	return `<${node.tagName}${attributes}>`;
}

/**
 * Every way `html` could run script or reach outside the page, found by parsing it as a
 * browser does (parse5, through hast-util-raw) and walking the tree: script-capable elements,
 * `on*` and other forbidden attributes, and URL attributes whose scheme is not http(s) or
 * mailto. An empty list means the HTML is safe to put in a page.
 */
export function unsafeFindings(html: string): string[] {
	const tree = raw({ type: 'root', children: [{ type: 'raw', value: html }] }) as Root;
	const findings: string[] = [];
	visit(tree, 'element', (node) => {
		if (SCRIPT_CAPABLE_ELEMENTS.has(node.tagName.toLowerCase())) {
			findings.push(`element ${describe(node)}`);
		}
		if (node.tagName === 'input' && node.properties['type'] !== 'checkbox') {
			findings.push(`input that is not a checkbox: ${describe(node)}`);
		}
		for (const [key, value] of Object.entries(node.properties)) {
			const name = key.toLowerCase();
			if (name.startsWith('on') || FORBIDDEN_ATTRIBUTES.has(name)) {
				findings.push(`attribute ${key} on ${describe(node)}`);
			}
			if (!URL_ATTRIBUTES.has(name) || value === null || value === undefined) continue;
			const text = Array.isArray(value) ? value.join(' ') : String(value);
			for (const url of urlsOf(name, text)) {
				const scheme = urlScheme(url);
				if (scheme !== undefined && !SAFE_SCHEMES.has(scheme)) {
					findings.push(`${scheme}: URL in ${key} on ${describe(node)}`);
				}
			}
		}
	});
	return findings;
}

/**
 * Author-written `id` and `name` values that lack the `user-content-` clobber prefix (DOM
 * clobbering: `<img name=cookie>` would shadow `document.cookie`). Heading ids (`h2`-`h6`) are
 * the pipeline's own, given after sanitizing, and are allowed.
 */
export function clobberFindings(html: string): string[] {
	const tree = raw({ type: 'root', children: [{ type: 'raw', value: html }] }) as Root;
	const findings: string[] = [];
	visit(tree, 'element', (node) => {
		for (const key of ['id', 'name']) {
			const value = node.properties[key];
			if (value === undefined || value === null) continue;
			if (key === 'id' && /^h[2-6]$/.test(node.tagName)) continue;
			if (!String(value).startsWith('user-content-')) {
				findings.push(`${key} ${JSON.stringify(String(value))} without the user-content- prefix`);
			}
		}
	});
	return findings;
}

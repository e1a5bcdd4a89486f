/**
 * A small XML writer for feeds and sitemaps. Every text and attribute value is escaped, and
 * characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD:
 * a title may hold anything a YAML string can, and one such character makes a whole feed
 * unreadable to a strict parser. fast-xml-parser's builder escapes but lets them through.
 */

/** An element: its qualified name, attributes (an `undefined` value is left out) and children. */
export interface XmlElement {
	name: string;
	attributes?: Readonly<Record<string, string | undefined>>;
	children?: readonly XmlNode[];
}

/** A child: an element or text. */
export type XmlNode = XmlElement | string;

/** Shorthand for an element; `undefined` children are skipped, so optional parts read inline. */
export function el(
	name: string,
	attributes: Readonly<Record<string, string | undefined>> = {},
	...children: readonly (XmlNode | readonly XmlNode[] | undefined)[]
): XmlElement {
	return {
		name,
		attributes,
		children: children.flat().filter((child): child is XmlNode => child !== undefined),
	};
}

// Anything outside XML 1.0's Char production: C0 controls but tab, LF and CR; lone surrogates;
// U+FFFE and U+FFFF.
/* eslint-disable no-control-regex -- matching control characters is the point */
const NOT_XML_CHAR =
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/** `text` with every character XML 1.0 cannot carry replaced by U+FFFD. */
export function xmlChars(text: string): string {
	return text.replace(NOT_XML_CHAR, '\uFFFD');
}

/** Text content, escaped: `&`, `<` and `>` (so `]]>` can never appear). */
export function escapeXmlText(text: string): string {
	return xmlChars(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * An attribute value for double quotes. Tab, LF and CR become character references: a parser
 * would turn them into spaces otherwise.
 */
export function escapeXmlAttribute(value: string): string {
	return escapeXmlText(value)
		.replaceAll('"', '&quot;')
		.replaceAll('\t', '&#9;')
		.replaceAll('\n', '&#10;')
		.replaceAll('\r', '&#13;');
}

// A name is ours (element and attribute names are literals in this code base), but a typo must
// fail loudly rather than write a broken document.
const XML_NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/;

function checkName(name: string): string {
	if (!XML_NAME.test(name)) throw new Error(`not an XML name: ${JSON.stringify(name)}`);
	return name;
}

/** One node as XML, children indented by tabs when `indent` is given. */
function serializeNode(node: XmlNode, indent: string | undefined): string {
	if (typeof node === 'string') return escapeXmlText(node);
	const name = checkName(node.name);
	const attributes = Object.entries(node.attributes ?? {})
		.filter((entry): entry is [string, string] => entry[1] !== undefined)
		.map(([key, value]) => ` ${checkName(key)}="${escapeXmlAttribute(value)}"`)
		.join('');
	const children = node.children ?? [];
	if (children.length === 0) return `<${name}${attributes}/>`;
	// Mixed or text content is written as is: whitespace there is content.
	if (indent === undefined || children.some((child) => typeof child === 'string')) {
		return `<${name}${attributes}>${children.map((child) => serializeNode(child, undefined)).join('')}</${name}>`;
	}
	const inner = `${indent}\t`;
	const lines = children.map((child) => `\n${inner}${serializeNode(child, inner)}`).join('');
	return `<${name}${attributes}>${lines}\n${indent}</${name}>`;
}

/** A whole document: the XML declaration, then `root`, one element a line, ending in a newline. */
export function serializeXml(root: XmlElement): string {
	return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeXmlElement(root)}\n`;
}

/** One element without the declaration, to embed in a document another writer makes. */
export function serializeXmlElement(element: XmlElement): string {
	return serializeNode(element, '');
}

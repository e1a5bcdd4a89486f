/**
 * Typed reads of what fast-xml-parser (attributes as `@_name`, text beside attributes as
 * `#text`) or `JSON.parse` returns, so tests walk feeds and sitemaps without `any`. Each read
 * of something required throws, naming the key, when it is missing.
 */
export type Tree = { readonly [key: string]: unknown };

function isTree(value: unknown): value is Tree {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object under `key`; throws when there is none. */
export function child(node: unknown, key: string): Tree {
	const value = isTree(node) ? node[key] : undefined;
	if (!isTree(value)) throw new Error(`expected an element or object "${key}"`);
	return value;
}

/** The objects under `key`: none, one or many, always as a list. */
export function children(node: unknown, key: string): Tree[] {
	const value = isTree(node) ? node[key] : undefined;
	if (value === undefined) return [];
	return (Array.isArray(value) ? value : [value]).map((item: unknown) => {
		if (!isTree(item)) throw new Error(`expected elements or objects "${key}"`);
		return item;
	});
}

/** The text under `key` (a string, or an element's `#text`), or `undefined`. */
export function optionalText(node: unknown, key: string): string | undefined {
	const value = isTree(node) ? node[key] : undefined;
	if (typeof value === 'string') return value;
	if (isTree(value) && typeof value['#text'] === 'string') return value['#text'];
	return undefined;
}

/** The text under `key`; throws when there is none or it is empty. */
export function text(node: unknown, key: string): string {
	const value = optionalText(node, key);
	if (value === undefined || value === '') throw new Error(`expected text in "${key}"`);
	return value;
}

/** Every text under `key` (a repeated element or a list of strings). */
export function texts(node: unknown, key: string): string[] {
	const value = isTree(node) ? node[key] : undefined;
	if (value === undefined) return [];
	return (Array.isArray(value) ? value : [value]).map((item: unknown) => {
		if (typeof item === 'string') return item;
		if (isTree(item) && typeof item['#text'] === 'string') return item['#text'];
		throw new Error(`expected text in "${key}"`);
	});
}

/** The attribute `name` of an element parsed with `ignoreAttributes: false`. */
export function attr(node: unknown, name: string): string | undefined {
	const value = isTree(node) ? node[`@_${name}`] : undefined;
	return typeof value === 'string' ? value : undefined;
}

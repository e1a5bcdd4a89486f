import type { RootContent, RootContentMap } from 'mdast';
import type { Node } from 'unist';
import type { SlotList } from '../article-block-node.ts';

/** A `:::name` block directive, as the parser gives it. */
export type ContainerDirective = RootContentMap['containerDirective'];
/** A `::name` block directive on a line of its own. */
export type LeafDirective = RootContentMap['leafDirective'];
/** Either form of block directive. */
export type BlockDirective = ContainerDirective | LeafDirective;

/** What a block recogniser may do besides reading its node. */
export interface BlockContext {
	/** Records a problem at `node` (its line reaches the editor); the article then fails. */
	fail(reason: string, node: Node): void;
	/** Keeps rich text (a caption, a quote) in the block being built. */
	slots: SlotList;
	/** Records an image file the block shows, written at `node`: the build checks and resizes it. */
	image(src: string, node: Node): void;
}

/** How a directive is written, for messages: `:::figure` or `::figure`. */
export function written(node: BlockDirective): string {
	return `${node.type === 'containerDirective' ? ':::' : '::'}${node.name}`;
}

/** A node as an editor would name it in a message. */
export function describeNode(node: RootContent): string {
	switch (node.type) {
		case 'containerDirective':
		case 'leafDirective':
			return written(node);
		case 'paragraph':
			return 'a paragraph';
		case 'list':
			return 'a list';
		case 'heading':
			return 'a heading';
		case 'blockquote':
			return 'a quote';
		default:
			return `a ${node.type}`;
	}
}

/** One attribute a directive takes. */
export interface AttributeSpec {
	/** Whether the directive is wrong without it. */
	required: boolean;
	/** What its value is, for messages (`the image's text alternative`). */
	what: string;
	/** Why a written value is wrong (a message starting with "expected"), or `undefined`. */
	check?: (value: string) => string | undefined;
}

/**
 * The attributes of `node` by `spec`, trimmed; `undefined` after reporting every problem:
 * an attribute the directive does not take, a required one missing, an empty one, one its
 * check rejects.
 */
export function readAttributes<S extends Readonly<Record<string, AttributeSpec>>>(
	node: BlockDirective,
	spec: S,
	context: BlockContext,
): Partial<Record<keyof S & string, string>> | undefined {
	type K = keyof S & string;
	const names = Object.keys(spec) as K[];
	const given = node.attributes ?? {};
	let ok = true;
	const problem = (reason: string) => {
		context.fail(reason, node);
		ok = false;
	};
	const unknown = Object.keys(given).filter((name) => !(names as string[]).includes(name));
	if (unknown.length > 0) {
		problem(
			`expected ${written(node)}{…} to have only the attributes ${names.join(', ')}, found ${unknown.map((name) => JSON.stringify(name)).join(', ')}`,
		);
	}
	const values: Partial<Record<K, string>> = {};
	for (const name of names) {
		const rule: AttributeSpec | undefined = spec[name];
		if (rule === undefined) continue;
		const raw = given[name];
		if (raw === undefined) {
			if (rule.required)
				problem(`expected ${written(node)}{…} to have ${name}=… (${rule.what}), found none`);
			continue;
		}
		const value = (raw ?? '').trim();
		if (value === '') {
			problem(
				`expected ${written(node)}{…} to have ${name}=… (${rule.what}), found an empty value`,
			);
			continue;
		}
		const wrong = rule.check?.(value);
		if (wrong !== undefined) problem(wrong);
		else values[name] = value;
	}
	return ok ? values : undefined;
}

/** The container's content without its `[label]` paragraph, reporting a label it does not take. */
export function contentOf(node: ContainerDirective, context: BlockContext): RootContent[] {
	const [first, ...rest] = node.children;
	if (first?.type === 'paragraph' && first.data?.directiveLabel === true) {
		context.fail(
			`expected ${written(node)}{…} without a [label] (write its text inside the block), found one`,
			first,
		);
		return rest;
	}
	return node.children;
}

/**
 * Rich text for a slot: a lone paragraph is unwrapped to its phrasing (a caption, a timeline
 * entry), anything longer kept as it is.
 */
export function phrasingOrFlow(children: readonly RootContent[]): RootContent[] {
	const [only, ...more] = children;
	return only?.type === 'paragraph' && more.length === 0 ? only.children : [...children];
}

/** Whether Markdown content holds nothing to read (no node, or only white space). */
export function isBlank(children: readonly RootContent[]): boolean {
	return children.every(
		(child) =>
			(child.type === 'text' && child.value.trim() === '') ||
			(child.type === 'paragraph' && isBlank(child.children)),
	);
}

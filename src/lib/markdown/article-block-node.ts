import type { RootContent as HastContent } from 'hast';
import type { RootContent as MdastContent } from 'mdast';
import type { Position } from 'unist';
import type { Block, HtmlPart } from '../article/article-schema.ts';

/**
 * Where a block's author-written rich text (a caption, a quote, a fact box's facts) waits while
 * the pipeline runs: the block's data holds `{ kind: 'slot', index }` in place of the `HtmlPart`
 * it will become, and the text itself is the node's `children[index]`. Kept as children, the text
 * goes through every step the body goes through (remark-rehype, raw HTML, remote images, the
 * sanitizer) without any step knowing about blocks; an index, unlike a shared object, survives the
 * steps that clone nodes (hast-util-raw does).
 */
export interface SlotRef {
	kind: 'slot';
	/** Position of the text in the node's `children`. */
	index: number;
}

/** `T` with each `HtmlPart` in it replaced by a `SlotRef`. */
type Drafted<T> = T extends HtmlPart
	? SlotRef
	: T extends readonly (infer U)[]
		? Drafted<U>[]
		: T extends object
			? { [K in keyof T]: Drafted<T[K]> }
			: T;

/** A block as the pipeline carries it: its data, with its rich text still in the tree. */
export type BlockDraft = Drafted<Block>;

/**
 * One piece of a block's rich text: mdast children until remark-rehype, hast children after it.
 * Its children are phrasing (a caption) or flow content (a fact box), as the recogniser chose.
 */
export interface BlockSlot {
	type: 'blockSlot';
	children: (MdastContent | HastContent)[];
}

/**
 * A block in the mdast and hast trees: typed data that a remark plugin recognised, carried
 * through remark-rehype and the sanitizer unchanged, and rendered by a component, never HTML.
 */
export interface ArticleBlockNode {
	type: 'articleBlock';
	/** The block's data, its rich text as `SlotRef`s into `children`. */
	block: BlockDraft;
	/** The block's rich text, in the order of its `SlotRef`s. */
	children: BlockSlot[];
	position?: Position | undefined;
}

/** Collects a block's rich text while a recogniser builds its data. */
export class SlotList {
	/** The slots, in the order `add` was called. */
	readonly slots: BlockSlot[] = [];

	/** Keeps `children` as the next slot and returns its reference. */
	add(children: MdastContent[]): SlotRef {
		this.slots.push({ type: 'blockSlot', children });
		return { kind: 'slot', index: this.slots.length - 1 };
	}
}

/**
 * The finished block: `draft` with each `SlotRef` replaced by `html(slot)`, the HTML part of the
 * slot it points to. Runs on the trusted tree, after the sanitizer.
 */
export function finishBlock(node: ArticleBlockNode, html: (slot: BlockSlot) => HtmlPart): Block {
	const fill = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(fill);
		if (typeof value !== 'object' || value === null) return value;
		if (isSlotRef(value)) {
			const slot = node.children[value.index];
			if (slot === undefined)
				throw new Error(`a block refers to slot ${value.index}, which it lacks`);
			return html(slot);
		}
		return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, fill(field)]));
	};
	return fill(node.block) as Block;
}

function isSlotRef(value: object): value is SlotRef {
	return 'kind' in value && value.kind === 'slot' && 'index' in value;
}

declare module 'mdast' {
	interface RootContentMap {
		articleBlock: ArticleBlockNode;
	}
}

declare module 'hast' {
	interface RootContentMap {
		articleBlock: ArticleBlockNode;
	}
}

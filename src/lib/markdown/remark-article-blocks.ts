import type { ImageReference, Paragraph, Parent, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { isLocalPath } from '../article/image-path.ts';
import type { LocalImage } from '../article/article-schema.ts';
import { SlotList, type ArticleBlockNode, type BlockDraft } from './article-block-node.ts';
import {
	written,
	type BlockContext,
	type BlockDirective,
	type ContainerDirective,
	type LeafDirective,
} from './blocks/block-context.ts';
import {
	figureDirective,
	galleryDirective,
	imagesOnly,
	isGallery,
	markdownImage,
} from './blocks/figure.ts';
import {
	factboxDirective,
	postDirective,
	pullquoteDirective,
	timelineDirective,
} from './blocks/story-blocks.ts';
import { VIDEO_MISPLACED, videoDirective, videoResidue } from './blocks/video.ts';

declare module 'vfile' {
	interface DataMap {
		/** The body's images that are files next to the article, with their body lines. */
		localImages: LocalImage[];
	}
}

/** How each known block directive may be written: on one line (`::`), as a container (`:::`). */
interface DirectiveForms {
	leaf?: (node: LeafDirective, context: BlockContext) => BlockDraft | undefined;
	container?: (node: ContainerDirective, context: BlockContext) => BlockDraft | undefined;
}

/** Every block directive the pipeline knows, by name; any other is an error naming these. */
const DIRECTIVES: Readonly<Record<string, DirectiveForms>> = {
	figure: { leaf: figureDirective, container: figureDirective },
	gallery: { container: galleryDirective },
	pullquote: { container: pullquoteDirective },
	factbox: { container: factboxDirective },
	timeline: { container: timelineDirective },
	post: { container: postDirective },
	video: { leaf: videoDirective },
};

/** The known directives as an editor writes them, for messages. */
const KNOWN = Object.entries(DIRECTIVES)
	.map(([name, forms]) => (forms.container ? `:::${name}` : `::${name}`))
	.join(', ');

/**
 * Turns every block an article writes into a typed `articleBlock` node carrying data, never HTML:
 * the block directives (`:::figure`, `:::gallery`, `:::pullquote`, `:::factbox`, `:::timeline`,
 * `:::post`, `::video`), a Markdown image of the article's own on a line of its own (a figure),
 * and video player residue. A block's rich text (a caption, a quote) stays in the tree as the
 * node's children, to be sanitized with the body.
 *
 * Problems are errors with the line: an unknown block directive (naming the known ones), a block
 * inside a list, quote or other block, a local image inside a paragraph of prose, a link or a
 * table (it could not be sized), a local image by reference (`![a][ref]`). Text directives are
 * prose that merely looks like one (`Time:Sunday`, `3:a`, `:abbr[x]`): they go back to the text
 * they were written as, word for word.
 *
 * One walk of the tree, children before their parent, so a block reads content whose own text
 * directives and nested problems are already settled.
 */
export const remarkArticleBlocks: Plugin<[], Root> = () => (tree, file) => {
	const walk = new BlockWalk(file);
	walk.children(tree, undefined);
	walk.checkReferences();
	file.data.localImages = walk.images;
};

class BlockWalk {
	/** Local images, in reading order. */
	readonly images: LocalImage[] = [];
	private readonly definitions = new Map<string, string>();
	private readonly references: ImageReference[] = [];

	private readonly file: VFile;

	constructor(file: VFile) {
		this.file = file;
	}

	/** Walks the children of `parent` (whose own parent is `grandparent`), replacing blocks. */
	children(parent: Parent, grandparent: Parent | undefined): void {
		const children = parent.children;
		let directives = false;
		for (let index = 0; index < children.length; index++) {
			const node = children[index];
			if (node === undefined) continue;
			directives ||= node.type === 'textDirective';
			const replacement = this.node(node, parent, grandparent);
			if (Array.isArray(replacement)) {
				children.splice(index, 1, ...replacement);
				index += replacement.length - 1;
			} else if (replacement !== node) {
				children[index] = replacement;
			}
		}
		if (directives) mergeTexts(children);
	}

	/** `node` itself, or what replaces it. */
	private node(
		node: RootContent,
		parent: Parent,
		grandparent: Parent | undefined,
	): RootContent | RootContent[] {
		switch (node.type) {
			case 'textDirective':
				return { type: 'text', value: this.source(node), position: node.position };
			case 'definition':
				this.definitions.set(node.identifier.toLowerCase(), node.url);
				return node;
			case 'imageReference':
				this.references.push(node);
				return node;
			case 'image':
				if (isLocalPath(node.url) && !isFigureImage(parent, grandparent)) {
					const alone = parent.type === 'paragraph' && imagesOnly(parent as Paragraph);
					this.fail(
						`expected an image file next to the article (${JSON.stringify(node.url)}) on a line of its own, where it becomes a figure, found it inside ${alone && grandparent ? describePlace(grandparent) : describePlace(parent)}`,
						node,
						'image',
					);
				}
				return node;
			case 'leafDirective':
			case 'containerDirective': {
				// A live article's updates are cut out of its body before it gets here (live-updates.ts).
				if (node.type === 'containerDirective' && node.name === 'update') {
					this.fail(
						"expected :::update at the top level of a live article's body (one with live: in its front matter), outside lists, quotes, blocks and other updates",
						node,
						'update',
					);
					return [];
				}
				const forms = DIRECTIVES[node.name];
				// Unknown: one error for the whole directive, none for what it holds.
				if (forms === undefined) {
					this.fail(
						`expected a block directive, one of ${KNOWN}, found ${written(node)}`,
						node,
						'directive',
					);
					return [];
				}
				this.children(node, parent);
				return this.directive(node, parent, forms);
			}
			default:
				break;
		}
		if ('children' in node) this.children(node as Parent, parent);
		if (node.type === 'paragraph') return this.paragraph(node, parent);
		return node;
	}

	/** Player residue and lines of local images become blocks; other paragraphs stay. */
	private paragraph(node: Paragraph, parent: Parent): RootContent | RootContent[] {
		const residue = this.recognise(node, 'video', (context) => videoResidue(node, context));
		if (residue !== undefined) {
			if (parent.type !== 'root') {
				this.fail(VIDEO_MISPLACED, node, 'video');
				return node;
			}
			// A malformed residue (null) has its message; nothing of it reaches the page.
			return residue === null ? [] : [residue];
		}
		const images = imagesOnly(node);
		if (parent.type !== 'root' || !images?.some((image) => isLocalPath(image.url))) return node;
		const replacement: RootContent[] = [];
		for (const image of images) {
			if (!isLocalPath(image.url)) {
				// An image of another site keeps today's form: remote images become links later.
				replacement.push({ type: 'paragraph', children: [image], position: image.position });
				continue;
			}
			const figure = this.recognise(image, 'image', (context) => {
				const drafted = markdownImage(image, context);
				return drafted && { kind: 'figure', ...drafted };
			});
			if (figure) replacement.push(figure);
		}
		return replacement;
	}

	/** A known block directive (its `forms`) as a block, or nothing once its problem is reported. */
	private directive(
		node: BlockDirective,
		parent: Parent,
		forms: DirectiveForms,
	): RootContent | RootContent[] {
		// A gallery reads its own figures.
		if (node.name === 'figure' && isGallery(parent)) return node;
		if (parent.type !== 'root') {
			this.fail(
				node.name === 'video'
					? VIDEO_MISPLACED
					: `expected ${written(node)} to stand on its own, outside lists, quotes and other blocks`,
				node,
				node.name,
			);
			return [];
		}
		const { leaf, container } = forms;
		const recogniser =
			node.type === 'leafDirective'
				? leaf && ((context: BlockContext) => leaf(node, context))
				: container && ((context: BlockContext) => container(node, context));
		if (recogniser === undefined) {
			this.fail(
				container
					? `expected :::${node.name} as a container (three colons, closed by a line ":::"), found ${written(node)}`
					: `expected ::${node.name}{…} on a line of its own (two colons), found ${written(node)}`,
				node,
				node.name,
			);
			return [];
		}
		const recognised = this.recognise(node, node.name, recogniser);
		return recognised ? [recognised] : [];
	}

	/**
	 * Runs a recogniser with its context; the node built from its draft, `undefined` when it gave
	 * none, `null` when it reported the node malformed.
	 */
	private recognise<T extends BlockDraft | null | undefined>(
		node: Node,
		rule: string,
		recogniser: (context: BlockContext) => T,
	): ArticleBlockNode | Exclude<T, BlockDraft> {
		const slots = new SlotList();
		const images: LocalImage[] = [];
		let failed = false;
		const draft = recogniser({
			fail: (reason, at) => {
				failed = true;
				this.fail(reason, at, rule);
			},
			slots,
			image: (src, at) => images.push({ src, line: at.position?.start.line ?? 1 }),
		});
		if (draft === undefined || draft === null) return draft as Exclude<T, BlockDraft>;
		if (failed) return undefined as Exclude<T, BlockDraft>;
		this.images.push(...images);
		return { type: 'articleBlock', block: draft, children: slots.slots, position: node.position };
	}

	/** Reports each image written by reference whose definition names a local file. */
	checkReferences(): void {
		for (const reference of this.references) {
			const url = this.definitions.get(reference.identifier.toLowerCase());
			if (url === undefined || !isLocalPath(url)) continue;
			this.fail(
				`expected an image file next to the article written in place, ![${reference.alt ?? ''}](${url}), so that it becomes a figure, found the reference ![${reference.alt ?? ''}][${reference.label ?? reference.identifier}]`,
				reference,
				'image',
			);
		}
	}

	private fail(reason: string, node: Node, rule: string): void {
		this.file.message(reason, node, `article:${rule}`);
	}

	/** The text `node` was written as. */
	private source(node: Node): string {
		const start = node.position?.start.offset;
		const end = node.position?.end.offset;
		if (start === undefined || end === undefined) return '';
		return String(this.file.value).slice(start, end);
	}
}

/**
 * Joins neighbouring text nodes into one, as the parser would have given them had the text
 * directives between them been plain text: later steps read a line's text from its first node.
 */
function mergeTexts(children: RootContent[]): void {
	for (let index = children.length - 1; index > 0; index--) {
		const node = children[index];
		const before = children[index - 1];
		if (node?.type !== 'text' || before?.type !== 'text') continue;
		const start = before.position?.start;
		const end = node.position?.end;
		children.splice(index - 1, 2, {
			type: 'text',
			value: before.value + node.value,
			...(start && end ? { position: { start, end } } : {}),
		});
	}
}

/**
 * Whether a local image is one the walk makes a figure of: alone on its line (a paragraph of
 * images only) at the top level of the body or in a gallery.
 */
function isFigureImage(parent: Parent, grandparent: Parent | undefined): boolean {
	return (
		parent.type === 'paragraph' &&
		imagesOnly(parent as Paragraph) !== undefined &&
		grandparent !== undefined &&
		(grandparent.type === 'root' || isGallery(grandparent))
	);
}

function describePlace(parent: Parent): string {
	switch (parent.type) {
		case 'paragraph':
			return 'a paragraph of text';
		case 'link':
			return 'a link';
		case 'tableCell':
			return 'a table';
		case 'listItem':
		case 'list':
			return 'a list';
		case 'blockquote':
			return 'a quote';
		case 'footnoteDefinition':
			return 'a footnote';
		case 'containerDirective':
		case 'leafDirective':
			return 'a block';
		default:
			return `a ${parent.type}`;
	}
}

import type { Image, Paragraph, RootContent } from 'mdast';
import { IMAGE_FILE, IMAGE_FILE_EXPECTED, isLocalPath } from '../../article/image-path.ts';
import type { BlockDraft } from '../article-block-node.ts';
import {
	contentOf,
	describeNode,
	isBlank,
	phrasingOrFlow,
	readAttributes,
	written,
	type AttributeSpec,
	type BlockContext,
	type BlockDirective,
	type ContainerDirective,
} from './block-context.ts';

type FigureDraft = Extract<BlockDraft, { kind: 'figure' }>;
type GalleryDraft = Extract<BlockDraft, { kind: 'gallery' }>;
/** One image of a figure or gallery, as drafted. */
type FigureImageDraft = Omit<FigureDraft, 'kind' | 'sensitive'>;

const checkSrc = (name: string) => (value: string) =>
	!isLocalPath(value)
		? `expected ${name} to be the path of an image file next to the article (./images/x.jpg), found ${JSON.stringify(value)}`
		: !IMAGE_FILE.test(value)
			? `${IMAGE_FILE_EXPECTED} in ${name}, found ${JSON.stringify(value)}`
			: undefined;

const SENSITIVE: AttributeSpec = {
	required: false,
	what: 'why the image is hidden until the reader opens it',
};

function figureSpec(name: string): Record<'src' | 'alt' | 'credit', AttributeSpec> {
	return {
		src: {
			required: true,
			what: 'the path of the image file, relative to the article',
			check: checkSrc(`src of ${name}`),
		},
		alt: { required: true, what: 'the text alternative: what the image shows' },
		credit: { required: false, what: 'who made the image' },
	};
}

/**
 * `:::figure{src alt credit sensitive}` with its caption as content, or `::figure[caption]{…}`
 * on one line: one image of the article's own with a caption and credit. In a gallery
 * (`inGallery`) a figure cannot be sensitive on its own: the gallery is.
 */
function figureImage(
	node: BlockDirective,
	context: BlockContext,
	inGallery: boolean,
): (FigureImageDraft & { sensitive?: string }) | undefined {
	const spec = figureSpec(written(node));
	// In a gallery, the gallery is sensitive or not, never one of its figures.
	const attributes: Partial<Record<'src' | 'alt' | 'credit' | 'sensitive', string>> | undefined =
		inGallery
			? readAttributes(node, spec, context)
			: readAttributes(node, { ...spec, sensitive: SENSITIVE }, context);
	const content = node.type === 'containerDirective' ? contentOf(node, context) : node.children;
	if (!attributes?.src || !attributes.alt) return undefined;
	context.image(attributes.src, node);
	return {
		src: attributes.src,
		alt: attributes.alt,
		...(isBlank(content) ? {} : { caption: context.slots.add(phrasingOrFlow(content)) }),
		...(attributes.credit === undefined ? {} : { credit: attributes.credit }),
		...(attributes.sensitive === undefined ? {} : { sensitive: attributes.sensitive }),
	};
}

/** A `:::figure` or `::figure` block. */
export function figureDirective(
	node: BlockDirective,
	context: BlockContext,
): FigureDraft | undefined {
	const image = figureImage(node, context, false);
	return image && { kind: 'figure', ...image };
}

/**
 * A Markdown image of the article's own (`![alt](./images/x.jpg "caption")`) as a figure: its
 * title, when it has one, is the caption. No alt text, or a file that `astro:assets` cannot
 * resize, is an error.
 */
export function markdownImage(image: Image, context: BlockContext): FigureImageDraft | undefined {
	const written = `![${image.alt ?? ''}](${image.url})`;
	let ok = true;
	const alt = (image.alt ?? '').trim();
	if (alt === '') {
		context.fail(
			`expected a text alternative in ${written}: what the image shows, for readers who cannot see it, found none`,
			image,
		);
		ok = false;
	}
	if (!IMAGE_FILE.test(image.url)) {
		context.fail(`${IMAGE_FILE_EXPECTED} in ${written}, found ${JSON.stringify(image.url)}`, image);
		ok = false;
	}
	if (!ok) return undefined;
	context.image(image.url, image);
	const title = image.title?.trim();
	return {
		src: image.url,
		alt,
		...(title ? { caption: context.slots.add([{ type: 'text', value: title }]) } : {}),
	};
}

/**
 * The images of a paragraph that holds images and nothing else (line breaks and white space
 * aside), or `undefined` when it holds anything more: an image on a line of its own is a figure.
 */
export function imagesOnly(paragraph: Paragraph): Image[] | undefined {
	const images: Image[] = [];
	for (const child of paragraph.children) {
		if (child.type === 'image') images.push(child);
		else if (child.type !== 'break' && !(child.type === 'text' && child.value.trim() === ''))
			return undefined;
	}
	return images.length > 0 ? images : undefined;
}

/** Whether `node` is a `:::gallery`, whose content the gallery itself reads. */
export function isGallery(node: { type: string; name?: string }): boolean {
	return node.type === 'containerDirective' && node.name === 'gallery';
}

const GALLERY_CONTENT = ':::figure, ::figure or ![alt](./images/x.jpg) on a line of its own';

/**
 * `:::gallery{sensitive}` around two or more figures (`:::figure`, `::figure` or Markdown images
 * on lines of their own): a grid of images, each with its own caption and credit.
 */
export function galleryDirective(
	node: ContainerDirective,
	context: BlockContext,
): GalleryDraft | undefined {
	const attributes = readAttributes(node, { sensitive: SENSITIVE }, context);
	const figures: FigureImageDraft[] = [];
	let ok = attributes !== undefined;
	for (const child of contentOf(node, context)) {
		const found = galleryFigures(child, context);
		if (found === undefined) {
			context.fail(
				`expected only figures in :::gallery (${GALLERY_CONTENT}), found ${describeNode(child)}`,
				child,
			);
			ok = false;
		} else if (found === null) ok = false;
		else figures.push(...found);
	}
	if (ok && figures.length < 2) {
		context.fail(
			`expected at least two figures in :::gallery (${GALLERY_CONTENT}), found ${figures.length}`,
			node,
		);
		ok = false;
	}
	if (!ok || !attributes) return undefined;
	return {
		kind: 'gallery',
		figures,
		...(attributes.sensitive === undefined ? {} : { sensitive: attributes.sensitive }),
	};
}

/** The figures of one child of a gallery; `undefined` when it is not one, `null` when reported. */
function galleryFigures(
	child: RootContent,
	context: BlockContext,
): FigureImageDraft[] | null | undefined {
	if (
		(child.type === 'containerDirective' || child.type === 'leafDirective') &&
		child.name === 'figure'
	) {
		const figure = figureImage(child, context, true);
		return figure ? [figure] : null;
	}
	if (child.type !== 'paragraph') return undefined;
	const images = imagesOnly(child);
	if (images === undefined) return undefined;
	const figures: FigureImageDraft[] = [];
	let ok = true;
	for (const image of images) {
		if (!isLocalPath(image.url)) {
			context.fail(
				`expected the images of :::gallery to be files next to the article (./images/x.jpg), found ${JSON.stringify(image.url)}`,
				image,
			);
			ok = false;
			continue;
		}
		const figure = markdownImage(image, context);
		if (figure) figures.push(figure);
		else ok = false;
	}
	return ok ? figures : null;
}

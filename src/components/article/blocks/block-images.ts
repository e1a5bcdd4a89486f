import type { ImageMetadata } from 'astro';
import type { FigureImage, ImageRights } from '../../../lib/article/article-schema.ts';

/**
 * The body images of an article as its page has them: each file as `astro:assets` imported it,
 * and the rights it declares, both keyed by the path the article wrote (`./images/gate.jpg`).
 */
export interface BlockImages {
	/** Image metadata for `<Picture>`, by path. */
	files: Readonly<Record<string, ImageMetadata>>;
	/** What each file declares (IPTC/XMP), by path; absent when it declares nothing. */
	rights: Readonly<Record<string, ImageRights>>;
	/** Each figure's id on the page (`figureIds`), which the text-only edition links to. */
	ids: ReadonlyMap<FigureImage, string>;
}

/** An article with no body image. */
export const NO_IMAGES: BlockImages = { files: {}, rights: {}, ids: new Map() };

/** The image at `src`; the loader stores every image a block shows, so a miss is a bug. */
export function imageAt(images: BlockImages, src: string): ImageMetadata {
	const image = images.files[src];
	if (image === undefined)
		throw new Error(`the article's body image ${src} was not handed to astro:assets`);
	return image;
}

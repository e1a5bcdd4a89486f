import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import type { ImageRights } from '../lib/article/article-schema.ts';
import { imageCredit } from '../lib/site/blocks/image-credit.ts';
import type { PublishedImage } from '../lib/site/metadata/json-ld.ts';
import { siteConfig } from '../site.config.ts';

/** What JSON-LD says of a published image besides its file. */
export interface ImageDescription {
	/** What it shows, as plain text. */
	caption?: string | undefined;
	/** The credit the article writes for it. */
	credit?: string | undefined;
	/** What its file declares (IPTC/XMP): the credit when the article gives none, creator, copyright. */
	rights?: ImageRights | undefined;
}

/**
 * An article image as link previews, JSON-LD and feeds name it: one 1200-pixel JPEG, the size
 * Open Graph and X ask for (1.91:1 or wider crops are theirs to make), or the image's own width,
 * since a smaller image is never enlarged. A body image's `<picture>` offers the same file, so no
 * file is made twice, and the size given is the file's.
 */
export async function publishedImage(
	file: ImageMetadata,
	{ caption, credit, rights }: ImageDescription = {},
): Promise<PublishedImage> {
	const out = await getImage({ src: file, width: Math.min(1200, file.width), format: 'jpg' });
	return {
		url: new URL(out.src, siteConfig.url).href,
		width: Number(out.attributes['width']),
		height: Number(out.attributes['height']),
		caption,
		credit: imageCredit(credit, rights),
		creator: rights?.creator,
		copyright: rights?.copyright,
	};
}

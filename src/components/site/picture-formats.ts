import type { ImageMetadata, ImageOutputFormat } from 'astro';

/** The widths a picture in the article column (42rem at most) is encoded at. */
export const COLUMN_WIDTHS: number[] = [480, 800, 1200, 1440];

/** The `sizes` of a picture as wide as the article column: 42rem, inside 1.25rem margins below. */
export const COLUMN_SIZES = '(min-width: 44.5rem) 42rem, calc(100vw - 2.5rem)';

/**
 * The formats every `<Picture>` of the site is encoded in: AVIF and WebP, then, for a browser
 * that takes neither, the source's own kind (a PNG stays PNG, anything else becomes JPEG).
 */
export function pictureFormats(image: Pick<ImageMetadata, 'format'>): {
	formats: ImageOutputFormat[];
	fallbackFormat: ImageOutputFormat;
} {
	return { formats: ['avif', 'webp'], fallbackFormat: image.format === 'png' ? 'png' : 'jpg' };
}

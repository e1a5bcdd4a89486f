/**
 * Rules about the image paths an article may write (the lead image's `heroImage`, a body image's
 * `![alt](./images/x.jpg)`, a figure's `src`): what counts as one of the article's own files, and
 * which files `astro:assets` can resize.
 */

/** The extensions of the image files `astro:assets` resizes into AVIF, WebP and JPEG. */
export const IMAGE_FILE = /\.(jpe?g|png|webp|avif)$/i;

/** What an image path is expected to name, in the words of a problem message. */
export const IMAGE_FILE_EXPECTED = 'expected the path of a .jpg, .jpeg, .png, .webp or .avif file';

// A scheme (`https:`, `data:`, `javascript:`), a protocol-relative URL, a site-absolute path
// (`/logo.png`, a file of public/) or a fragment: none of them is a file next to the article.
const NOT_LOCAL = /^([a-z][a-z0-9+.-]*:|\/|#|\?)/i;

/**
 * Whether `url` names a file relative to the article (`./images/x.jpg`, `images/x.jpg`,
 * `../shared/x.jpg`): an image the build must find, check and resize. Remote images, site-absolute
 * paths and `data:` URLs are not local.
 */
export function isLocalPath(url: string): boolean {
	const trimmed = url.trim();
	return trimmed !== '' && !NOT_LOCAL.test(trimmed);
}

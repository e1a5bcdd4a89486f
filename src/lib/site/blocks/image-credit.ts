import type { ImageRights } from '../../article/article-schema.ts';

/**
 * The credit printed with an image: the article's own when it gives one, else the credit line
 * the image file declares, else its creator; `undefined` when nobody is named anywhere.
 */
export function imageCredit(
	written: string | undefined,
	rights: ImageRights | undefined,
): string | undefined {
	return written ?? rights?.credit ?? rights?.creator;
}

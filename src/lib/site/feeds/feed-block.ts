import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Block } from '../../article/article-schema.ts';
import { assertNever } from '../../core/assert-never.ts';
import type { UiStrings } from '../i18n/strings.ts';
import { playerUrl } from '../blocks/player-url.ts';

/** What a feed's rendering of blocks needs from the site. */
export interface FeedBlockOptions {
	/** Interface strings in the article's language. */
	strings: UiStrings;
	/** The site's player URL template (`{videoId}`, `{account}`, `{player}`). */
	videoPlayerUrl: string;
}

/**
 * A block as a feed shows it: plain elements built from the block's typed data, with no style,
 * script or frame, since a feed reader applies none of the site's.
 */
export function feedBlock(block: Block, options: FeedBlockOptions): Element {
	switch (block.kind) {
		case 'video':
			return h('p', [
				h('a', { href: playerUrl(options.videoPlayerUrl, block) }, [
					`${options.strings.video.caption}: ${options.strings.video.play}`,
				]),
			]);
		default:
			return assertNever(block.kind);
	}
}

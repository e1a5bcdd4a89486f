import type { Element } from 'hast';
import { h } from 'hastscript';
import type { VideoEmbed } from '../article/schema.ts';

/** Fills a player URL template's `{videoId}`, `{account}` and `{player}` with the embed's ids. */
export function playerUrl(
	template: string,
	embed: Pick<VideoEmbed, 'videoId' | 'account' | 'player'>,
): string {
	const url = template
		.replaceAll('{videoId}', encodeURIComponent(embed.videoId))
		.replaceAll('{account}', encodeURIComponent(embed.account))
		.replaceAll('{player}', encodeURIComponent(embed.player));
	if (!/^https:\/\//.test(url)) throw new Error(`video player URL must be https, got ${url}`);
	return url;
}

/** Words of the facade, in the article's language. */
export interface VideoFacadeStrings {
	/** The link's text. */
	play: string;
	/** Says that following the link leaves the site for the provider's player. */
	note: string;
	/** The caption. */
	caption: string;
}

/**
 * A video facade: a figure with a plain link to the provider's player. Nothing is loaded from
 * the provider until the reader follows the link. Built by our code from typed data, after
 * sanitizing, from a fixed set of elements and classes.
 */
export function videoFacade(embed: VideoEmbed, url: string, strings: VideoFacadeStrings): Element {
	return h('figure.video-embed', { dataVideoId: embed.videoId }, [
		h('a.video-embed-link', { href: url, rel: ['external', 'noopener', 'noreferrer'] }, [
			h('span.video-embed-icon', { ariaHidden: 'true' }),
			h('span.video-embed-play', strings.play),
			h('span.video-embed-note', strings.note),
		]),
		h('figcaption', strings.caption),
	]);
}

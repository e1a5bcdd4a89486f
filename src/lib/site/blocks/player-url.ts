import type { VideoBlock } from '../../article/article-schema.ts';

/** Fills a player URL template's `{videoId}`, `{account}` and `{player}` with a block's ids. */
export function playerUrl(
	template: string,
	video: Pick<VideoBlock, 'videoId' | 'account' | 'player'>,
): string {
	const url = template
		.replaceAll('{videoId}', encodeURIComponent(video.videoId))
		.replaceAll('{account}', encodeURIComponent(video.account))
		.replaceAll('{player}', encodeURIComponent(video.player));
	if (!/^https:\/\//.test(url)) throw new Error(`video player URL must be https, got ${url}`);
	return url;
}

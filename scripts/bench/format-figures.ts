/** How the build benchmark writes its figures. Pure: no I/O here. */

/** Milliseconds as seconds with two decimals, as the build prints its stages (`7.23 s`). */
export function formatSeconds(ms: number): string {
	return `${(ms / 1000).toFixed(2)} s`;
}

/** KiB as GiB with two decimals (`0.61 GiB`). */
export function formatGiB(kib: number): string {
	return `${(kib / 1024 / 1024).toFixed(2)} GiB`;
}

/** A ratio with two decimals (`2.41x`). */
export function formatRatio(ratio: number): string {
	return `${ratio.toFixed(2)}x`;
}

/** `1 article`, `0 articles`. */
export function formatArticles(count: number): string {
	return `${count} ${count === 1 ? 'article' : 'articles'}`;
}

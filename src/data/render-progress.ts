/** Seconds between two progress lines while article pages render. */
const EVERY_MS = 3000;

let rendered = 0;
let last = performance.now();

/**
 * Counts an article page rendered and, every few seconds of a long build, says how far the build
 * is: Astro lists each page, but not how many remain. `published` is how many article pages the
 * build has (those not rendered are restored from the cache).
 */
export function noteArticleRendered(published: number): void {
	if (import.meta.env.MODE === 'development') return;
	rendered++;
	const now = performance.now();
	if (now - last < EVERY_MS) return;
	last = now;
	console.log(
		`[render] ${String(rendered)} of ${String(published)} article pages rendered (the rest restored from the cache)`,
	);
}

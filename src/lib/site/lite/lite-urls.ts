import { withBase } from '../urls.ts';

/** Where the text-only edition lives: every page of it is below this site-absolute path. */
export const LITE_ROOT = '/lite/';

/**
 * The text-only edition's page of a full page: `/lite/articles/x/` for `/articles/x/`. Takes and
 * gives site-absolute paths; with `base`, the result is base-aware.
 */
export function litePath(fullPath: string, base = '/'): string {
	return withBase(`${LITE_ROOT.slice(0, -1)}${fullPath}`, base);
}

/**
 * The full page a text-only page's links lead to, base-aware, marked `?full`: a host that sends
 * readers who ask for `Save-Data` to the text-only edition lets a request so marked through, so
 * "Full version" and a photo's link still open the full page (docs/deploying-lite.md). A static
 * host ignores the query. `fragment` (without `#`) points into the page.
 */
export function fullPageLink(fullPath: string, base = '/', fragment?: string): string {
	const link = `${withBase(fullPath, base)}?full`;
	return fragment === undefined ? link : `${link}#${encodeURIComponent(fragment)}`;
}

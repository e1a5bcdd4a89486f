/**
 * Prefixes a site-absolute path with the deploy `base` (`import.meta.env.BASE_URL`), so links
 * work from the site root and from a sub-path alike: `withBase('/articles/x/', '/news/')` is
 * `/news/articles/x/`.
 */
export function withBase(path: string, base = '/'): string {
	const prefix = base.replace(/\/+$/, '');
	const rest = path.startsWith('/') ? path : `/${path}`;
	return `${prefix}${rest}`;
}

/** The base-aware path of an article page, with the trailing slash the site's URLs all have. */
export function articlePath(slug: string, base = '/'): string {
	return withBase(`/articles/${encodeURIComponent(slug)}/`, base);
}

/** The absolute URL of a site-absolute `path`: `siteUrl` (without base), then base, then path. */
export function absoluteUrl(path: string, siteUrl: string, base = '/'): string {
	return new URL(withBase(path, base), siteUrl).href;
}

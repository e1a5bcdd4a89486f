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

/** The base-aware path of a topic's page (`/topics/united-states/`); page 2 on is `.../2/`. */
export function topicPath(topicSlug: string, base = '/', page = 1): string {
	const first = `/topics/${encodeURIComponent(topicSlug)}/`;
	return withBase(page > 1 ? `${first}${page}/` : first, base);
}

/**
 * The base-aware path of the archive (`/archive/`), of a year (`/archive/2024/`) or a month
 * (`/archive/2024/03/`); a month's page 2 on is `.../2/`.
 */
export function archivePath(base = '/', year?: number, month?: number, page = 1): string {
	if (year === undefined) return withBase('/archive/', base);
	const yearPath = `/archive/${String(year)}/`;
	if (month === undefined) return withBase(yearPath, base);
	const monthPath = `${yearPath}${monthSegment(month)}/`;
	return withBase(page > 1 ? `${monthPath}${String(page)}/` : monthPath, base);
}

/** The URL segment of a month: two digits (`03`). */
export function monthSegment(month: number): string {
	return String(month).padStart(2, '0');
}

/** The base-aware path of page `page` of the latest articles: `/`, then `/page/2/`... */
export function homePath(base = '/', page = 1): string {
	return withBase(page > 1 ? `/page/${String(page)}/` : '/', base);
}

/** The base-aware path of the topics index. */
export function topicsPath(base = '/'): string {
	return withBase('/topics/', base);
}

/** The base-aware path of the authors index. */
export function authorsPath(base = '/'): string {
	return withBase('/authors/', base);
}

/** The base-aware path of an author's page (`/authors/jane-doe/`); page 2 on is `.../2/`. */
export function authorPath(id: string, base = '/', page = 1): string {
	const first = `/authors/${encodeURIComponent(id)}/`;
	return withBase(page > 1 ? `${first}${String(page)}/` : first, base);
}

/** The base-aware path of an author's Atom feed, beside the author's page. */
export function authorFeedPath(id: string, base = '/'): string {
	return `${authorPath(id, base)}atom.xml`;
}

/** The base-aware path of one of the newsroom's pages (`/about/`). */
export function sitePagePath(slug: string, base = '/'): string {
	return withBase(`/${encodeURIComponent(slug)}/`, base);
}

import { withBase } from '../urls.ts';

/** A link of the site's navigation, ready to render. */
export interface NavLink {
	label: string;
	href: string;
	/** `page` on the page itself, `true` inside its section (a topic page for "Topics"), else unset. */
	current: 'page' | 'true' | undefined;
}

/**
 * The site's navigation for the page at `pagePath` (site-absolute, without base). The home
 * link's (the edition's `root`: `/`, `/ar/`) section is the latest articles (`/page/2/`...),
 * not the whole edition.
 */
export function navigationLinks(
	items: readonly { label: string; path: string }[],
	pagePath: string,
	base = '/',
	root = '/',
): NavLink[] {
	return items.map(({ label, path }) => {
		const inSection =
			path === root ? pagePath.startsWith(`${root}page/`) : pagePath.startsWith(path);
		return {
			label,
			href: withBase(path, base),
			current: pagePath === path ? 'page' : inSection ? 'true' : undefined,
		};
	});
}

/** The newsroom's pages the site settings name, by role (`pages` in `src/site.config.ts`). */
export interface NewsroomPages {
	about?: string | undefined;
	masthead?: string | undefined;
	corrections?: string | undefined;
	ethics?: string | undefined;
	contact?: string | undefined;
}

/** The roles, in the order the footer lists them. */
export const NEWSROOM_PAGE_ROLES = [
	'about',
	'masthead',
	'corrections',
	'ethics',
	'contact',
] as const;

/** One of `NEWSROOM_PAGE_ROLES`. */
export type NewsroomPageRole = (typeof NEWSROOM_PAGE_ROLES)[number];

/** The slug of the page file at a site-absolute path (`/ethics-policy/` → `ethics-policy`). */
export function pageSlug(path: string): string {
	return path.replace(/^\/|\/$/g, '');
}

/**
 * Each page the settings name, as `[setting, slug]` (`['pages.ethics', 'ethics-policy']`): the
 * pages loader reports a setting whose page has no file.
 */
export function requiredPages(pages: NewsroomPages): [string, string][] {
	return NEWSROOM_PAGE_ROLES.flatMap((role) => {
		const path = pages[role];
		return path === undefined ? [] : [[`pages.${role}`, pageSlug(path)] as [string, string]];
	});
}

/** The footer's links: each named page's role and path, in the order of `NEWSROOM_PAGE_ROLES`. */
export function footerPages(pages: NewsroomPages): { role: NewsroomPageRole; path: string }[] {
	return NEWSROOM_PAGE_ROLES.flatMap((role) => {
		const path = pages[role];
		return path === undefined ? [] : [{ role, path }];
	});
}

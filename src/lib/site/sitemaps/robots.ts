/**
 * The robots.txt of the site: every crawler may read everything, and the sitemap index is named
 * by its absolute URL (the protocol requires one), so crawlers find it whatever the `base`.
 */
export function robotsTxt(sitemapIndexUrl: string): string {
	if (!URL.canParse(sitemapIndexUrl) || /\s/.test(sitemapIndexUrl)) {
		throw new Error(
			`robots.txt: expected an absolute sitemap URL, found ${JSON.stringify(sitemapIndexUrl)}`,
		);
	}
	return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapIndexUrl}`, ''].join('\n');
}

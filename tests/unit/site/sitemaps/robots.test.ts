import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../../../src/lib/site/sitemaps/robots.ts';

describe('robotsTxt', () => {
	it('lets every crawler in and names the sitemap index', () => {
		expect(robotsTxt('https://news.example/news/sitemap-index.xml')).toBe(
			'User-agent: *\nAllow: /\n\nSitemap: https://news.example/news/sitemap-index.xml\n',
		);
	});

	it('refuses a sitemap URL that is not absolute', () => {
		expect(() => robotsTxt('/sitemap-index.xml')).toThrow(
			'robots.txt: expected an absolute sitemap URL, found "/sitemap-index.xml"',
		);
	});
});

import { describe, expect, it } from 'vitest';
import LiveCoverage from '../../src/components/article/LiveCoverage.astro';
import type { LiveUpdate } from '../../src/lib/article/article-schema.ts';
import { resolveDate } from '../../src/lib/core/dates.ts';
import { uiStrings } from '../../src/lib/site/i18n/strings.ts';
import { paginationLinks } from '../../src/lib/site/listings/pagination.ts';
import { livePagePath } from '../../src/lib/site/live/live-pages.ts';
import { render, TEST_SITE } from '../helpers/components/render-component.ts';

const at = (iso: string) => resolveDate(iso, TEST_SITE.timeZone);

const UPDATES: LiveUpdate[] = [
	{
		id: 'update-20191231T110500Z',
		time: at('2019-12-31T11:05:00Z'),
		key: true,
		title: 'Protesters break through the outer gate',
		line: 20,
		parts: [{ kind: 'html', html: '<p>The gate gave way.</p>' }],
		words: 10,
	},
	{
		id: 'update-20191231T100000Z',
		time: at('2019-12-31T10:00:00Z'),
		key: false,
		line: 14,
		parts: [{ kind: 'html', html: '<p>The crowd grew.</p>' }],
		words: 3,
	},
];

const props = (lang: string, changes: Record<string, unknown> = {}) => ({
	updates: UPDATES,
	keyEvents: [
		{
			id: UPDATES[0]?.id,
			title: UPDATES[0]?.title,
			time: UPDATES[0]?.time,
			href: `/articles/live/#${UPDATES[0]?.id ?? ''}`,
		},
	],
	lastUpdated: UPDATES[0]?.time,
	reloadHref: '/articles/live/',
	feed: '/articles/live/updates.xml',
	pagination: paginationLinks(1, 1, (page) => livePagePath('live', page)),
	strings: uiStrings(lang),
	lang,
	site: TEST_SITE,
	...changes,
});

describe('LiveCoverage', () => {
	it('shows the updates as articles with zoned times that link to their permalinks', async () => {
		const page = await render(LiveCoverage, props('en'));
		const articles = page.querySelectorAll('article.update');
		expect(articles.map((article) => article.id)).toEqual(UPDATES.map((update) => update.id));
		const time = articles[0]?.querySelector('a.update-time time');
		expect(time?.getAttribute('datetime')).toBe('2019-12-31T14:05:00+03:00');
		expect(time?.text).toBe('December 31, 2019 at 2:05 PM GMT+3');
		expect(articles[0]?.querySelector('a.update-time')?.getAttribute('href')).toBe(
			'#update-20191231T110500Z',
		);
		expect(articles[0]?.querySelector('h3')?.text).toBe('Protesters break through the outer gate');
		expect(articles[1]?.querySelector('h3')).toBeNull();
	});

	it('says the coverage runs, when it was last updated, and links to reload the page', async () => {
		const page = await render(LiveCoverage, props('en'));
		const status = page.querySelector('.live-status');
		expect(status?.querySelector('.live-badge')?.text).toBe('Live coverage');
		const reload = status
			?.querySelectorAll('a')
			.find((a) => a.text === 'Reload for the latest updates');
		expect(reload?.getAttribute('href')).toBe('/articles/live/');
		expect(page.querySelector('.key-events a')?.getAttribute('href')).toBe(
			'/articles/live/#update-20191231T110500Z',
		);
		expect(page.querySelector('script, meta')).toBeNull();
		// The updates fit on one page: no pagination.
		expect(page.querySelector('nav.pagination')).toBeNull();
	});

	it('links the other pages of updates, named as updates', async () => {
		const page = await render(
			LiveCoverage,
			props('en', { pagination: paginationLinks(2, 3, (n) => livePagePath('live', n)) }),
		);
		const nav = page.querySelector('nav.pagination');
		expect(nav?.getAttribute('aria-label')).toBe('Pages of updates');
		expect(nav?.querySelector('a[rel="prev"]')?.text).toBe('Newer updates');
		expect(nav?.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/articles/live/');
		expect(nav?.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(
			'/articles/live/page/3/',
		);
	});

	it('says the coverage has ended, in Arabic with its digits, and offers no reload', async () => {
		const page = await render(LiveCoverage, props('ar', { ended: at('2019-12-31T20:30:00Z') }));
		const status = page.querySelector('.live-status');
		expect(status?.querySelector('strong')?.text).toBe('انتهت هذه التغطية المباشرة.');
		expect(status?.querySelector('time')?.getAttribute('datetime')).toBe(
			'2019-12-31T23:30:00+03:00',
		);
		expect(status?.querySelectorAll('a').map((a) => a.text)).toEqual(['التحديثات (Atom)']);
		expect(page.querySelector('h2#key-events')?.text).toBe('أبرز الأحداث');
	});
});

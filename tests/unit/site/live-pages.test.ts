import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../../src/lib/core/dates.ts';
import {
	datedMeta,
	keyEvents,
	laterLivePages,
	LIVE_PAGE_SIZE,
	livePageCount,
	livePagePath,
	liveTime,
	liveView,
	pageOfUpdate,
	updateHeadline,
	updatePath,
	updatesFeedPath,
	updatesOnPage,
	zonedIso,
	type UpdateHead,
} from '../../../src/lib/site/live/live-pages.ts';

const at = (iso: string) => resolveDate(iso, 'UTC');

/** `count` updates, newest first, every tenth a key event. */
function heads(count: number): UpdateHead[] {
	return Array.from({ length: count }, (_, index) => {
		const n = count - index;
		return {
			id: `update-${String(n)}`,
			time: at(new Date(Date.UTC(2019, 11, 31, 6) + n * 60_000).toISOString()),
			key: n % 10 === 0,
			...(n % 10 === 0 ? { title: `Key ${String(n)}` } : {}),
		};
	});
}

describe('pages of updates', () => {
	it('holds 30 updates a page, the first page the article page itself', () => {
		expect(LIVE_PAGE_SIZE).toBe(30);
		expect([0, 1, 30, 31, 61].map(livePageCount)).toEqual([1, 1, 1, 2, 3]);
		expect([0, 29, 30, 59, 60].map(pageOfUpdate)).toEqual([1, 1, 2, 2, 3]);
		expect([0, 30, 31, 61].map((count) => laterLivePages({ updates: heads(count) }))).toEqual([
			[],
			[],
			[2],
			[2, 3],
		]);
		expect(livePagePath('live', 1)).toBe('/articles/live/');
		expect(livePagePath('live', 2, '/news/')).toBe('/news/articles/live/page/2/');
		expect(updatesFeedPath('live', '/news/')).toBe('/news/articles/live/updates.xml');
		expect(updatesOnPage(heads(35), 2).map((head) => head.id)).toEqual([
			'update-5',
			'update-4',
			'update-3',
			'update-2',
			'update-1',
		]);
	});

	it('links each key event to the page that holds it', () => {
		expect(keyEvents('live', heads(35), '/news/').map((event) => event.href)).toEqual([
			'/news/articles/live/#update-30',
			'/news/articles/live/#update-20',
			'/news/articles/live/#update-10',
		]);
		expect(keyEvents('live', heads(45)).map((event) => event.href)).toEqual([
			'/articles/live/#update-40',
			'/articles/live/#update-30',
			'/articles/live/#update-20',
			'/articles/live/page/2/#update-10',
		]);
		expect(updatePath('live', 30, 'update-x')).toBe('/articles/live/page/2/#update-x');
	});
});

describe('liveView', () => {
	it('gives a page its updates, the key events, the status and links under the base', () => {
		const live = { end: at('2019-12-31T23:00:00Z'), updates: heads(65) };
		const view = liveView('live', live, 2, '/news/');
		expect(view.updates.map((head) => head.id)).toEqual(
			heads(65)
				.slice(30, 60)
				.map((head) => head.id),
		);
		expect(view.keyEvents.map((event) => event.href)).toEqual(
			keyEvents('live', live.updates, '/news/').map((event) => event.href),
		);
		expect(view.keyEvents[0]?.href).toBe('/news/articles/live/#update-60');
		expect(view.ended).toBe(live.end);
		expect(view.lastUpdated).toBe(live.updates[0]?.time);
		expect(view.reloadHref).toBe('/news/articles/live/page/2/');
		expect(view.feed).toBe('/news/articles/live/updates.xml');
		expect([view.pagination.prev, view.pagination.next]).toEqual([
			'/news/articles/live/',
			'/news/articles/live/page/3/',
		]);
	});

	it('links the pages of the coverage as the caller says, the feed staying the site’s', () => {
		const view = liveView(
			'live',
			{ updates: heads(45) },
			1,
			'/news/',
			(path) => `/news/lite${path}`,
		);
		expect(view.keyEvents.map((event) => event.href)).toEqual([
			'/news/lite/articles/live/#update-40',
			'/news/lite/articles/live/#update-30',
			'/news/lite/articles/live/#update-20',
			'/news/lite/articles/live/page/2/#update-10',
		]);
		expect(view.reloadHref).toBe('/news/lite/articles/live/');
		expect(view.pagination.next).toBe('/news/lite/articles/live/page/2/');
		expect(view.feed).toBe('/news/articles/live/updates.xml');
		expect(view.ended).toBeUndefined();
	});

	it('has one page, and no update, before the first update', () => {
		const view = liveView('live', { updates: [] }, 1);
		expect(view.updates).toEqual([]);
		expect(view.lastUpdated).toBeUndefined();
		expect(view.pagination).toEqual({
			prev: undefined,
			next: undefined,
			pages: [{ page: 1, href: '/articles/live/', current: true }],
		});
	});
});

describe('liveTime', () => {
	it('gives the zoned instant and its text in the page’s language', () => {
		const date = resolveDate('2019-12-31T11:05:00Z', 'UTC');
		expect(liveTime(date, 'en', 'Asia/Baghdad')).toEqual({
			datetime: '2019-12-31T14:05:00+03:00',
			text: 'December 31, 2019 at 2:05 PM GMT+3',
		});
	});
});

describe('zonedIso', () => {
	it('writes an instant with the offset of the zone at that instant', () => {
		const instant = Date.parse('2019-12-31T11:05:09Z');
		expect(zonedIso(instant, 'UTC')).toBe('2019-12-31T11:05:09Z');
		expect(zonedIso(instant, 'Asia/Baghdad')).toBe('2019-12-31T14:05:09+03:00');
		expect(zonedIso(instant, 'America/New_York')).toBe('2019-12-31T06:05:09-05:00');
		expect(zonedIso(instant, 'Asia/Kolkata')).toBe('2019-12-31T16:35:09+05:30');
	});
});

describe('updateHeadline', () => {
	it('is the title, else the start of the text cut at a word', () => {
		expect(updateHeadline({ title: 'Gate breached', parts: [] })).toBe('Gate breached');
		const long = `<p>${'word '.repeat(40)}</p>`;
		const headline = updateHeadline({ parts: [{ kind: 'html', html: long }] }, 30);
		expect(headline).toBe('word word word word word word…');
		expect(
			updateHeadline({ parts: [{ kind: 'html', html: '<p>A <em>short</em> one.</p>' }] }),
		).toBe('A short one.');
	});
});

describe('datedMeta', () => {
	const meta = { pubDate: at('2019-12-31T06:00:00Z') };

	it('dates a live article by its newest update when later than its own dates', () => {
		expect(datedMeta(meta, { updates: [{ time: at('2019-12-31T09:00:00Z') }] })).toEqual({
			...meta,
			updatedDate: at('2019-12-31T09:00:00Z'),
		});
		expect(datedMeta(meta, { updates: [] })).toBe(meta);
		expect(datedMeta(meta, undefined)).toBe(meta);
	});
});

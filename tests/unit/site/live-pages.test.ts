import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../../src/lib/core/dates.ts';
import {
	datedMeta,
	keyEvents,
	laterLivePages,
	LIVE_PAGE_SIZE,
	livePageCount,
	livePagePath,
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

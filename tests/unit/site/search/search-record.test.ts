import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../../../src/lib/core/dates.ts';
import { LIVE_PAGE_SIZE } from '../../../../src/lib/site/live/live-pages.ts';
import { searchRecordHtml } from '../../../../src/lib/site/search/search-record.ts';

const meta = {
	title: 'Crowds & <banners> at the gate',
	description: 'A standfirst.',
	pubDate: resolveDate('2019-12-31T14:05:00+03:00', 'UTC'),
	lang: 'en',
};

describe('searchRecordHtml', () => {
	it('holds the headline, the standfirst and the body, each section under its h2 and id', () => {
		const html = searchRecordHtml({
			meta: meta as never,
			lead: { words: 1, parts: [{ kind: 'html', html: '<p>Lead.</p>' }] },
			sections: [
				{
					id: 'reactions',
					title: 'Reactions',
					words: 1,
					parts: [{ kind: 'html', html: '<p>One.</p>' }],
				},
			],
		});
		expect(html).toBe(
			'<html><head><title>Crowds &amp; &lt;banners&gt; at the gate</title></head><body>' +
				'<article data-pagefind-body data-pagefind-meta="date:2019-12-31T14:05:00+03:00" data-pagefind-sort="date:2019-12-31T14:05:00+03:00">' +
				'<h1>Crowds &amp; &lt;banners&gt; at the gate</h1><p>A standfirst.</p>' +
				'<div data-pagefind-meta="lang:en"><p>Lead.</p><h2 id="reactions">Reactions</h2><p>One.</p></div>' +
				'</article></body></html>',
		);
	});

	it('leaves out a video block: its words are the interface’s, not the story’s', () => {
		const html = searchRecordHtml({
			meta: meta as never,
			lead: {
				words: 1,
				parts: [
					{ kind: 'html', html: '<p>Before.</p>' },
					{ kind: 'video', videoId: '1', account: 'a', player: 'p' },
				],
			},
			sections: [],
		});
		expect(html).toContain('<p>Before.</p></div>');
		expect(html).not.toMatch(/video|Play/i);
	});

	it('gives the updates on the article page their permalink ids, and those on later pages none', () => {
		const updates = Array.from({ length: LIVE_PAGE_SIZE + 1 }, (_, index) => ({
			id: `update-${String(index)}`,
			title: `Update ${String(index)}`,
			parts: [],
		}));
		const html = searchRecordHtml({
			meta: meta as never,
			lead: { words: 0, parts: [] },
			sections: [],
			live: { updates } as never,
		});
		const last = LIVE_PAGE_SIZE;
		expect(html).toContain(`<h2 id="update-${String(last - 1)}">Update ${String(last - 1)}</h2>`);
		expect(html).toContain(`<h2>Update ${String(last)}</h2>`);
		expect(html).not.toContain(`id="update-${String(last)}"`);
	});
});

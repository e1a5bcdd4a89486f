import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { feedBlock } from '../../../../src/lib/site/feeds/feed-block.ts';
import { uiStrings } from '../../../../src/lib/site/i18n/strings.ts';

describe('feedBlock', () => {
	it('shows a timeline’s date-time in the site’s zone, and a calendar date as written', () => {
		const block = feedBlock(
			{
				kind: 'timeline',
				events: [
					{ date: '2019-12-31T14:05:00Z', text: { kind: 'html', html: 'Protest.' } },
					{ date: '2019-12-29', text: { kind: 'html', html: 'Strikes.' } },
				],
			},
			{ strings: uiStrings('en'), videoPlayerUrl: '', timeZone: 'Asia/Baghdad' },
		);
		expect(toHtml(block)).toBe(
			'<ol><li><time datetime="2019-12-31T14:05:00Z">December 31, 2019 at 5:05 PM GMT+3</time>: Protest.</li>' +
				'<li><time datetime="2019-12-29">December 29, 2019</time>: Strikes.</li></ol>',
		);
	});
});

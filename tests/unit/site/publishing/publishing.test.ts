import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../../../src/lib/core/dates.ts';
import { holdBack, holdBackSummary } from '../../../../src/lib/site/publishing/publishing.ts';

const NOW = Date.parse('2024-03-02T12:00:00Z');

describe('holdBack', () => {
	it('holds back a draft, whatever its date', () => {
		expect(holdBack({ draft: true, pubDate: resolveDate('2020-01-01', 'UTC') }, NOW)).toBe('draft');
	});

	it('holds back an article whose pubDate is after the build', () => {
		expect(
			holdBack({ draft: false, pubDate: resolveDate('2024-03-02T12:00:01Z', 'UTC') }, NOW),
		).toBe('scheduled');
	});

	it('publishes an article whose pubDate has come', () => {
		expect(
			holdBack({ draft: false, pubDate: resolveDate('2024-03-02T12:00:00Z', 'UTC') }, NOW),
		).toBeUndefined();
		expect(
			holdBack({ draft: false, pubDate: resolveDate('2024-03-02', 'UTC') }, NOW),
		).toBeUndefined();
	});
});

describe('holdBackSummary', () => {
	it('counts drafts and scheduled articles and says why', () => {
		expect(holdBackSummary(['draft', undefined, 'scheduled', 'draft'])).toBe(
			'3 held back from production: 2 drafts (draft: true), 1 scheduled (pubDate after this build)',
		);
	});

	it('says nothing when every article is public', () => {
		expect(holdBackSummary([undefined])).toBeUndefined();
	});
});

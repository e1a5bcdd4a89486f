import { describe, expect, it } from 'vitest';
import {
	lostPoints,
	median,
	medianScores,
	runScores,
	scoreTable,
	type LighthouseResult,
} from '../../../scripts/bench/lighthouse-report.ts';

function result(scores: Record<string, number | null>): LighthouseResult {
	return {
		categories: Object.fromEntries(
			Object.entries(scores).map(([category, score]) => [
				category,
				{ score, auditRefs: [{ id: `${category}-audit`, weight: 1 }] },
			]),
		),
		audits: Object.fromEntries(
			Object.entries(scores).map(([category, score]) => [
				`${category}-audit`,
				{ id: `${category}-audit`, title: category, score, displayValue: '1.2 s' },
			]),
		),
	};
}

describe('median', () => {
	it('takes the middle of an odd count and the mean of the middle two of an even one', () => {
		expect(median([100, 71, 98, 99, 100])).toBe(99);
		expect(median([90, 100, 96, 98])).toBe(97);
		expect(median([])).toBeNull();
	});
});

describe('runScores and medianScores', () => {
	it('turn Lighthouse fractions into scores out of 100, and a missing score into null', () => {
		const scores = runScores(
			result({ performance: 0.874, accessibility: 1, 'best-practices': 0.96, seo: null }),
		);
		expect(scores).toEqual({
			performance: 87,
			accessibility: 100,
			'best-practices': 96,
			seo: null,
		});
		expect(
			medianScores([
				scores,
				{ performance: 99, accessibility: 100, 'best-practices': 100, seo: null },
				{ performance: 95, accessibility: 92, 'best-practices': 100, seo: null },
			]),
		).toEqual({ performance: 95, accessibility: 100, 'best-practices': 100, seo: null });
	});
});

describe('lostPoints', () => {
	it('names each weighted audit scored below 1, with its category and figure', () => {
		expect(
			lostPoints(result({ performance: 0.5, accessibility: 1, 'best-practices': 1, seo: 1 })),
		).toEqual(['performance: performance-audit 0.50 (1.2 s)']);
	});
});

describe('scoreTable', () => {
	it('prints the medians and every run per page, and a page that could not be measured', () => {
		const run = { performance: 100, accessibility: 100, 'best-practices': 96, seo: 100 };
		expect(
			scoreTable([
				{ path: '/', runs: [run, { ...run, performance: 98 }, run] },
				{ path: '/topics/x/', runs: [], error: 'HTTP 404' },
			]),
		).toBe(
			[
				'| page | performance | accessibility | best-practices | seo | runs (perf/acce/best/seo) |',
				'|---|---:|---:|---:|---:|---|',
				'| / | 100 | 100 | 96 | 100 | 100/100/96/100, 98/100/96/100, 100/100/96/100 |',
				'| /topics/x/ | – | – | – | – | HTTP 404 |',
			].join('\n'),
		);
	});
});

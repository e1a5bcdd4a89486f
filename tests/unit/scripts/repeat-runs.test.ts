import { describe, expect, it } from 'vitest';
import type { OurRow } from '../../../scripts/bench/bench-row.ts';
import { medianRow } from '../../../scripts/bench/repeat-runs.ts';

const run = (ms: number, peakRssKb: number, parsed: number | null, pages = 100): OurRow => ({
	tool: 'ours',
	build: 'one changed',
	size: 10_000,
	ms,
	peakRssKb,
	pages,
	stages: { sync: ms / 4000, render: ms / 2000, index: 0, total: ms / 1000 },
	parsed,
});

describe('medianRow', () => {
	it('gives the run of median wall time, every run’s time, and the largest memory of any', () => {
		const row = medianRow([
			run(12_000, 800, 1, 101),
			run(9_000, 900, 1, 102),
			run(10_000, 700, 1, 103),
		]);
		expect(row.ms).toBe(10_000);
		expect(row.stages).toEqual(run(10_000, 0, 1).stages);
		expect(row.pages).toBe(103);
		expect(row.runs).toEqual([12_000, 9_000, 10_000]);
		expect(row.peakRssKb).toBe(900);
		expect(row.parsed).toBe(1);
	});

	it('takes the lower middle run of an even count: a figure a build really made', () => {
		expect(
			medianRow([run(4_000, 1, 0), run(1_000, 1, 0), run(3_000, 1, 0), run(2_000, 1, 0)]).ms,
		).toBe(2_000);
	});

	it('gives no parsed count when the runs parsed different numbers, so the target fails', () => {
		expect(medianRow([run(1_000, 1, 1), run(2_000, 1, 2), run(3_000, 1, 1)]).parsed).toBeNull();
	});

	it('gives a single run as it is, and refuses none', () => {
		const only = run(5_000, 1, 1);
		expect(medianRow([only])).toBe(only);
		expect(() => medianRow([])).toThrow(/at least one run/);
	});
});

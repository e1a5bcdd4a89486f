import { describe, expect, it } from 'vitest';
import type { BenchRow } from '../../../scripts/bench/bench-row.ts';
import {
	benchReport,
	benchTable,
	checkLines,
	growthLines,
	machineLines,
} from '../../../scripts/bench/bench-table.ts';

const GiB = 1024 * 1024;
const MACHINE = {
	date: new Date('2026-03-01T09:30:12Z'),
	nproc: 2,
	cpuModel: 'AMD EPYC',
	node: 'v24.21.0',
};

const ROWS: BenchRow[] = [
	{
		tool: 'ours',
		build: 'cold',
		size: 300,
		ms: 21_500,
		peakRssKb: 0.65 * GiB,
		pages: 430,
		stages: { sync: 3.21, render: 12.5, index: 1.05, total: 20.9 },
		parsed: 300,
	},
	{
		tool: 'ours',
		build: 'one changed',
		size: 300,
		ms: 4_321,
		peakRssKb: 0.6 * GiB,
		pages: 430,
		stages: null,
		parsed: null,
	},
	{ tool: 'hugo', version: '0.111.3', size: 300, ms: 500, peakRssKb: 0.1 * GiB, pages: 340 },
	{ tool: 'eleventy', version: '3.1.2', size: 300, ms: 4_300, peakRssKb: 0.3 * GiB, pages: 340 },
	{
		tool: 'ours',
		build: 'cold',
		size: 1000,
		ms: 86_000,
		peakRssKb: 0.8 * GiB,
		pages: 1200,
		stages: { sync: 10, render: 60, index: 4, total: 85 },
		parsed: 1000,
	},
];

describe('benchTable', () => {
	it('prints stages, n/a for what a build of ours did not print, and ratios to Eleventy', () => {
		expect(benchTable(ROWS)).toBe(
			[
				'| articles | build | wall time | sync | render | index | peak RSS | pages written | articles parsed | vs Eleventy |',
				'|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|',
				'| 300 | cold | 21.50 s | 3.21 s | 12.50 s | 1.05 s | 0.65 GiB | 430 | 300 | 5.00x |',
				'| 300 | one changed | 4.32 s | n/a | n/a | n/a | 0.60 GiB | 430 | n/a |  |',
				'| 300 | Hugo 0.111.3 (cold) | 0.50 s |  |  |  | 0.10 GiB | 340 |  | 0.12x |',
				'| 300 | Eleventy 3.1.2 (cold) | 4.30 s |  |  |  | 0.30 GiB | 340 |  | 1.00x |',
				'| 1000 | cold | 86.00 s | 10.00 s | 60.00 s | 4.00 s | 0.80 GiB | 1200 | 1000 | n/a |',
			].join('\n'),
		);
	});

	it('gives a build run several times its median run with the fastest and slowest beside it', () => {
		const repeated: BenchRow = {
			tool: 'ours',
			build: 'nothing changed',
			size: 300,
			ms: 9_020,
			peakRssKb: 0.5 * GiB,
			pages: 430,
			stages: { sync: 2.5, render: 4.1, index: 0, total: 7 },
			parsed: 0,
			runs: [11_400, 9_020, 8_810],
		};
		expect(benchTable([repeated]).split('\n')[2]).toBe(
			'| 300 | nothing changed | 9.02 s (8.81-11.40 s) | 2.50 s | 4.10 s | 0.00 s | 0.50 GiB | 430 | 0 |  |',
		);
	});
});

describe('machineLines, growthLines and checkLines', () => {
	it('name the machine, the growth of cold builds and each target', () => {
		expect(machineLines(MACHINE)).toEqual([
			'- date: 2026-03-01 09:30 UTC',
			'- machine: AMD EPYC, 2 CPUs (nproc)',
			'- Node.js: v24.21.0',
		]);
		expect(growthLines(ROWS)).toEqual(['- cold, time per article at 1000: 1.20x that at 300']);
		expect(
			checkLines([
				{
					target: '300 articles, one added, exactly 1 article parsed',
					figure: '1 parsed',
					pass: true,
				},
				{ target: '300 articles, every build …', figure: 'none from cold', pass: false },
			]),
		).toEqual([
			'- PASS 300 articles, one added, exactly 1 article parsed: 1 parsed',
			'- FAIL 300 articles, every build …: none from cold',
		]);
	});
});

describe('benchReport', () => {
	it('puts the machine, the table, the growth and the checks in that order', () => {
		const checks = [{ target: 't', figure: 'f', pass: true }];
		const report = benchReport(MACHINE, ROWS, checks);
		expect(report.split('\n\n').map((part) => part.split('\n')[0])).toEqual([
			'- date: 2026-03-01 09:30 UTC',
			'| articles | build | wall time | sync | render | index | peak RSS | pages written | articles parsed | vs Eleventy |',
			'- cold, time per article at 1000: 1.20x that at 300',
			'- PASS t: f',
		]);
		expect(benchReport(MACHINE, ROWS.slice(0, 1))).not.toMatch(/PASS|FAIL|time per article/);
	});
});

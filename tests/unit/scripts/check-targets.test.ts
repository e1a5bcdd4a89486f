import { describe, expect, it } from 'vitest';
import type { BenchRow, OurBuild, OurRow, PeerRow } from '../../../scripts/bench/bench-row.ts';
import { BENCH_TARGETS, checkTargets } from '../../../scripts/bench/check-targets.ts';

const GiB = 1024 * 1024;
const STAGES = { sync: 1, render: 2, index: 0.5, total: 4 };
const PARSED: Record<OurBuild, number> = {
	cold: 10000,
	'nothing changed': 0,
	'one changed': 1,
	'one added': 1,
	'one live update': 1,
};

function ours(build: OurBuild, changes: Partial<OurRow> = {}): OurRow {
	return {
		tool: 'ours',
		build,
		size: 10000,
		ms: build === 'cold' ? 60_000 : 8_000,
		peakRssKb: 1 * GiB,
		pages: 10500,
		stages: STAGES,
		parsed: PARSED[build],
		...changes,
	};
}

function eleventy(changes: Partial<PeerRow> = {}): PeerRow {
	return {
		tool: 'eleventy',
		version: '3.1.2',
		size: 10000,
		ms: 30_000,
		peakRssKb: 2 * GiB,
		pages: 10040,
		...changes,
	};
}

/** A run at 10,000 articles that meets every target. */
function passingRun(): BenchRow[] {
	return [
		ours('cold'),
		ours('nothing changed'),
		ours('one changed'),
		ours('one added'),
		ours('one live update'),
		{ ...eleventy(), tool: 'hugo', version: '0.111.3', ms: 5_000 },
		eleventy(),
	];
}

/** The run with the row of `build` changed (or removed, for `null`). */
function runWith(build: OurBuild | 'eleventy', changes: Partial<OurRow> | null): BenchRow[] {
	return passingRun().flatMap((row) => {
		const matches =
			row.tool === 'eleventy' ? build === 'eleventy' : row.tool === 'ours' && row.build === build;
		if (!matches) return [row];
		return changes === null ? [] : [{ ...row, ...changes } as BenchRow];
	});
}

const failures = (rows: readonly BenchRow[]) =>
	checkTargets(rows)
		.filter((result) => !result.pass)
		.map(({ target, figure }) => `${target}: ${figure}`);

describe('checkTargets', () => {
	it('passes a run at 10,000 articles that meets every target, with each figure', () => {
		expect(checkTargets(passingRun())).toEqual([
			{
				target: '10000 articles, one changed, wall time at most 10.00 s',
				figure: '8.00 s',
				pass: true,
			},
			{
				target: '10000 articles, one changed, exactly 1 article parsed',
				figure: '1 parsed',
				pass: true,
			},
			{
				target: '10000 articles, one live update, wall time at most 10.00 s',
				figure: '8.00 s',
				pass: true,
			},
			{
				target: '10000 articles, one live update, exactly 1 article parsed',
				figure: '1 parsed',
				pass: true,
			},
			{
				target: '10000 articles, nothing changed, wall time at most 10.00 s',
				figure: '8.00 s',
				pass: true,
			},
			{
				target: '10000 articles, nothing changed, exactly 0 articles parsed',
				figure: '0 parsed',
				pass: true,
			},
			{
				target: '10000 articles, one added, exactly 1 article parsed',
				figure: '1 parsed',
				pass: true,
			},
			{
				target: "10000 articles, cold at most 3.00x Eleventy's cold",
				figure: '2.00x (60.00 s against 30.00 s)',
				pass: true,
			},
			{
				target: '10000 articles, peak RSS of every build of ours at most 1.50 GiB',
				figure: '1.00 GiB (cold)',
				pass: true,
			},
			{
				target: '10000 articles, every build of ours prints its "build stages:" line',
				figure: '5 of 5 builds',
				pass: true,
			},
		]);
	});

	it('passes figures exactly at a target', () => {
		expect(failures(runWith('one changed', { ms: 10_000, peakRssKb: 1.5 * GiB }))).toEqual([]);
		expect(failures(runWith('cold', { ms: 90_000 }))).toEqual([]);
	});

	it.each<[string, BenchRow[], string[]]>([
		[
			'one changed too slow',
			runWith('one changed', { ms: 12_345 }),
			['10000 articles, one changed, wall time at most 10.00 s: 12.35 s'],
		],
		[
			'one changed parsing more than the one article',
			runWith('one changed', { parsed: 10000 }),
			['10000 articles, one changed, exactly 1 article parsed: 10000 parsed'],
		],
		[
			'a live article gaining an update too slow',
			runWith('one live update', { ms: 11_000 }),
			['10000 articles, one live update, wall time at most 10.00 s: 11.00 s'],
		],
		[
			'nothing changed too slow',
			runWith('nothing changed', { ms: 10_010 }),
			['10000 articles, nothing changed, wall time at most 10.00 s: 10.01 s'],
		],
		[
			'nothing changed parsing an article',
			runWith('nothing changed', { parsed: 1 }),
			['10000 articles, nothing changed, exactly 0 articles parsed: 1 parsed'],
		],
		[
			'one added parsing every article',
			runWith('one added', { parsed: 10001 }),
			['10000 articles, one added, exactly 1 article parsed: 10001 parsed'],
		],
		[
			'a build without the loader line',
			runWith('one added', { parsed: null }),
			[
				'10000 articles, one added, exactly 1 article parsed: the build printed no "N articles: P parsed" line',
			],
		],
		[
			'cold more than 3x Eleventy',
			runWith('cold', { ms: 91_000 }),
			["10000 articles, cold at most 3.00x Eleventy's cold: 3.03x (91.00 s against 30.00 s)"],
		],
		[
			'no Eleventy build',
			runWith('eleventy', null),
			[
				"10000 articles, cold at most 3.00x Eleventy's cold: Eleventy did not run, so this cannot be checked (install it: npm ci in scripts/bench/peers/eleventy; do not pass --no-peers)",
			],
		],
		[
			'one build of ours over the memory target (a peer over it does not count)',
			runWith('one added', { peakRssKb: 1.6 * GiB }),
			['10000 articles, peak RSS of every build of ours at most 1.50 GiB: 1.60 GiB (one added)'],
		],
		[
			'builds without the stage line',
			runWith('cold', { stages: null }).map((row) =>
				row.tool === 'ours' && row.build === 'one added' ? { ...row, stages: null } : row,
			),
			[
				'10000 articles, every build of ours prints its "build stages:" line: none from cold, one added',
			],
		],
		[
			'a build that did not run (--cold-only)',
			runWith('one changed', null),
			[
				'10000 articles, one changed, wall time at most 10.00 s: not measured (no one changed build in this run)',
				'10000 articles, one changed, exactly 1 article parsed: not measured (no one changed build in this run)',
			],
		],
	])('fails %s', (_, rows, expected) => {
		expect(failures(rows)).toEqual(expected);
	});

	it('checks only memory, parse counts and stage lines below 10,000 articles', () => {
		const small = passingRun()
			.filter((row) => row.tool !== 'eleventy')
			.map((row) => ({ ...row, size: 300, ms: 60_000 }));
		expect(checkTargets(small).map((result) => result.target)).toEqual([
			'300 articles, one changed, exactly 1 article parsed',
			'300 articles, one live update, exactly 1 article parsed',
			'300 articles, nothing changed, exactly 0 articles parsed',
			'300 articles, one added, exactly 1 article parsed',
			'300 articles, peak RSS of every build of ours at most 1.50 GiB',
			'300 articles, every build of ours prints its "build stages:" line',
		]);
		expect(failures(small)).toEqual([]);
	});

	it('checks each size of a run on its own rows, time targets from 10,000 up', () => {
		const rows = [
			...passingRun().map((row) => ({ ...row, size: 1000, ms: 1000 })),
			...passingRun(),
			...passingRun().map((row) => ({ ...row, size: 50000, ms: row.ms * 5 })),
		];
		const results = checkTargets(rows);
		expect(results.filter((r) => r.target.startsWith('1000 '))).toHaveLength(6);
		expect(results.filter((r) => r.target.startsWith('10000 '))).toHaveLength(10);
		expect(failures(rows)).toEqual([
			'50000 articles, one changed, wall time at most 10.00 s: 40.00 s',
			'50000 articles, one live update, wall time at most 10.00 s: 40.00 s',
			'50000 articles, nothing changed, wall time at most 10.00 s: 40.00 s',
		]);
	});

	it('takes other targets', () => {
		const strict = { ...BENCH_TARGETS, oneChangedMaxMs: 5_000, timedFromSize: 5_000 };
		expect(checkTargets(passingRun(), strict).filter((r) => !r.pass)).toEqual([
			{
				target: '10000 articles, one changed, wall time at most 5.00 s',
				figure: '8.00 s',
				pass: false,
			},
			{
				target: '10000 articles, one live update, wall time at most 5.00 s',
				figure: '8.00 s',
				pass: false,
			},
		]);
	});
});

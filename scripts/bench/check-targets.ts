/**
 * The build targets of the issue "Publish in seconds", checked by `npm run bench -- --check`
 * against the rows of one run. Pure: no I/O here.
 */
import type { BenchRow, OurBuild, OurRow } from './bench-row.ts';
import { formatArticles, formatGiB, formatRatio, formatSeconds } from './format-figures.ts';

/** The targets. Parse counts, memory and stage lines are checked at every size. */
export const BENCH_TARGETS = {
	/**
	 * The archive size, in articles, the time targets are defined for: they are checked at every
	 * size from this one up, and not below it.
	 */
	timedFromSize: 10_000,
	/** Longest wall time of a build after one article's body changed, in milliseconds. */
	oneChangedMaxMs: 10_000,
	/** Articles a build must parse after one article's body changed. */
	oneChangedParsed: 1,
	/** Longest wall time of a build when nothing changed, in milliseconds. */
	nothingChangedMaxMs: 10_000,
	/** Articles a build must parse when nothing changed. */
	nothingChangedParsed: 0,
	/** Articles a build must parse after one article was added (no time target). */
	oneAddedParsed: 1,
	/**
	 * Largest ratio of our cold build's wall time to Eleventy's cold build of the same corpus in
	 * the same run. Without an Eleventy build the target fails: it cannot be checked.
	 */
	coldVsEleventyMax: 3,
	/** Largest peak resident memory of any of our builds, in KiB (1.5 GiB). */
	peakRssMaxKb: 1.5 * 1024 * 1024,
} as const;

/** The targets, in the shape of `BENCH_TARGETS` (tests pass others). */
export type BenchTargets = { readonly [K in keyof typeof BENCH_TARGETS]: number };

/** The outcome of one target at one size. */
export interface TargetResult {
	/** What was checked: `10000 articles, one changed, wall time at most 10.0 s`. */
	target: string;
	/** The measured figure (`7.23 s`), or why there is none. */
	figure: string;
	/** Whether the figure meets the target; a target that could not be checked fails. */
	pass: boolean;
}

/** The figure of a build the run did not make. */
const notMeasured = (build: OurBuild) => `not measured (no ${build} build in this run)`;

/** The targets at one size, for the rows of that size. */
function checkSize(size: number, rows: readonly BenchRow[], targets: BenchTargets): TargetResult[] {
	const ours = rows.filter((row): row is OurRow => row.tool === 'ours');
	const find = (build: OurBuild) => ours.find((row) => row.build === build);
	const at = (text: string) => `${size} articles, ${text}`;

	const wallTime = (build: OurBuild, maxMs: number): TargetResult => {
		const row = find(build);
		return {
			target: at(`${build}, wall time at most ${formatSeconds(maxMs)}`),
			figure: row ? formatSeconds(row.ms) : notMeasured(build),
			pass: row !== undefined && row.ms <= maxMs,
		};
	};
	const parsedCount = (build: OurBuild, expected: number): TargetResult => {
		const row = find(build);
		let figure = notMeasured(build);
		if (row?.parsed === null) figure = 'the build printed no "N articles: P parsed" line';
		else if (row) figure = `${String(row.parsed)} parsed`;
		return {
			target: at(`${build}, exactly ${formatArticles(expected)} parsed`),
			figure,
			pass: row?.parsed === expected,
		};
	};
	const coldVsEleventy = (): TargetResult => {
		const cold = find('cold');
		const eleventy = rows.find((row) => row.tool === 'eleventy');
		const target = at(`cold at most ${formatRatio(targets.coldVsEleventyMax)} Eleventy's cold`);
		if (!cold) return { target, figure: notMeasured('cold'), pass: false };
		if (!eleventy) {
			return {
				target,
				figure:
					'Eleventy did not run, so this cannot be checked (install it: npm ci in ' +
					'scripts/bench/peers/eleventy; do not pass --no-peers)',
				pass: false,
			};
		}
		const ratio = cold.ms / eleventy.ms;
		return {
			target,
			figure: `${formatRatio(ratio)} (${formatSeconds(cold.ms)} against ${formatSeconds(eleventy.ms)})`,
			pass: ratio <= targets.coldVsEleventyMax,
		};
	};
	const memory = (): TargetResult => {
		const target = at(`peak RSS of every build of ours at most ${formatGiB(targets.peakRssMaxKb)}`);
		const largest = ours.reduce<OurRow | undefined>(
			(most, row) => (most === undefined || row.peakRssKb > most.peakRssKb ? row : most),
			undefined,
		);
		if (!largest) return { target, figure: notMeasured('cold'), pass: false };
		return {
			target,
			figure: `${formatGiB(largest.peakRssKb)} (${largest.build})`,
			pass: largest.peakRssKb <= targets.peakRssMaxKb,
		};
	};
	const stageLines = (): TargetResult => {
		const target = at('every build of ours prints its "build stages:" line');
		if (ours.length === 0) return { target, figure: notMeasured('cold'), pass: false };
		const missing = ours.filter((row) => row.stages === null).map((row) => row.build);
		return {
			target,
			figure:
				missing.length === 0
					? `${String(ours.length)} of ${String(ours.length)} builds`
					: `none from ${missing.join(', ')}`,
			pass: missing.length === 0,
		};
	};

	const timed = size >= targets.timedFromSize;
	return [
		...(timed ? [wallTime('one changed', targets.oneChangedMaxMs)] : []),
		parsedCount('one changed', targets.oneChangedParsed),
		// A live article gaining an update is one article changed, and must be as fast.
		...(timed ? [wallTime('one live update', targets.oneChangedMaxMs)] : []),
		parsedCount('one live update', targets.oneChangedParsed),
		...(timed ? [wallTime('nothing changed', targets.nothingChangedMaxMs)] : []),
		parsedCount('nothing changed', targets.nothingChangedParsed),
		parsedCount('one added', targets.oneAddedParsed),
		...(timed ? [coldVsEleventy()] : []),
		memory(),
		stageLines(),
	];
}

/**
 * Checks the targets at each size of `rows` (in the order the sizes first appear): the time
 * targets from `targets.timedFromSize` up, the rest at every size. A target whose build did not
 * run fails, naming what is missing: a gate that passes without a figure would not be one.
 */
export function checkTargets(
	rows: readonly BenchRow[],
	targets: BenchTargets = BENCH_TARGETS,
): TargetResult[] {
	const sizes = [...new Set(rows.map((row) => row.size))];
	return sizes.flatMap((size) =>
		checkSize(
			size,
			rows.filter((row) => row.size === size),
			targets,
		),
	);
}

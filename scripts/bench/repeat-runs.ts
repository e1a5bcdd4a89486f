/** Several runs of one build as one row of the bench's table. Pure: no I/O here. */
import type { OurRow } from './bench-row.ts';

/**
 * One row for several runs of the same build (at least one): the figures of the run of median
 * wall time (the lower of the two middle ones for an even count, so that every figure is one a
 * build really made), with every run's wall time in `runs`, the largest peak RSS of any run (the
 * memory target holds for each), and the parsed count only when every run parsed the same number
 * (`null` otherwise, which fails the "exactly N parsed" target: each run must meet it).
 */
export function medianRow(runs: readonly OurRow[]): OurRow {
	const [first] = runs;
	if (first === undefined) throw new Error('medianRow needs at least one run');
	if (runs.length === 1) return first;
	const sorted = [...runs].sort((a, b) => a.ms - b.ms);
	const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? first;
	const parsed = runs.every((run) => run.parsed === first.parsed) ? first.parsed : null;
	return {
		...median,
		peakRssKb: Math.max(...runs.map((run) => run.peakRssKb)),
		parsed,
		runs: runs.map((run) => run.ms),
	};
}

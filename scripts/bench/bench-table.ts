/** The build benchmark's report: the machine, the table, the targets. Pure: no I/O here. */
import type { BenchRow } from './bench-row.ts';
import type { TargetResult } from './check-targets.ts';
import { formatGiB, formatRatio, formatSeconds } from './format-figures.ts';

/** The machine a run measured, so that its figures can be quoted with it. */
export interface MachineInfo {
	/** When the run started. */
	date: Date;
	/** Processors the bench may use (`nproc`). */
	nproc: number;
	/** The CPU's model name (`/proc/cpuinfo`). */
	cpuModel: string;
	/** The Node.js version the builds ran on (`v24.21.0`). */
	node: string;
}

/** The machine as a Markdown list, for above the table. */
export function machineLines(machine: MachineInfo): string[] {
	return [
		`- date: ${machine.date.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
		`- machine: ${machine.cpuModel}, ${String(machine.nproc)} CPUs (nproc)`,
		`- Node.js: ${machine.node}`,
	];
}

/** The row's name in the table's build column. */
function buildName(row: BenchRow): string {
	if (row.tool === 'ours') return row.build;
	return `${row.tool === 'hugo' ? 'Hugo' : 'Eleventy'} ${row.version} (cold)`;
}

/**
 * A row's wall time; for a build run several times, the median run's with the fastest and the
 * slowest run (`10.21 s (9.80-11.42 s)`), so that the spread of the machine stays in sight.
 */
function wallTime(row: BenchRow): string {
	const runs = row.tool === 'ours' ? row.runs : undefined;
	if (runs === undefined || runs.length < 2) return formatSeconds(row.ms);
	const seconds = (ms: number) => (ms / 1000).toFixed(2);
	return `${formatSeconds(row.ms)} (${seconds(Math.min(...runs))}-${formatSeconds(Math.max(...runs))})`;
}

/**
 * The rows as a Markdown table: articles | build | wall time | sync | render | index | peak RSS |
 * pages written | articles parsed | vs Eleventy. A build run several times shows its spread. A
 * stage or parsed count our build did not print is `n/a`; a column that does not apply to the
 * row (stages of a peer) is empty. The ratio to Eleventy's cold time of the same size is given
 * for our cold build and the peers (`n/a` when Eleventy did not run).
 */
export function benchTable(rows: readonly BenchRow[]): string {
	const header =
		'| articles | build | wall time | sync | render | index | peak RSS | pages written | articles parsed | vs Eleventy |';
	const rule = '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|';
	const lines = rows.map((row) => {
		const eleventy = rows.find((other) => other.size === row.size && other.tool === 'eleventy');
		const compared = row.tool !== 'ours' || row.build === 'cold';
		let ratio = '';
		if (compared) ratio = eleventy ? formatRatio(row.ms / eleventy.ms) : 'n/a';
		const stage = (key: 'sync' | 'render' | 'index') => {
			if (row.tool !== 'ours') return '';
			return row.stages ? formatSeconds(row.stages[key] * 1000) : 'n/a';
		};
		let parsed = '';
		if (row.tool === 'ours') parsed = row.parsed === null ? 'n/a' : String(row.parsed);
		const cells = [
			String(row.size),
			buildName(row),
			wallTime(row),
			stage('sync'),
			stage('render'),
			stage('index'),
			formatGiB(row.peakRssKb),
			String(row.pages),
			parsed,
			ratio,
		];
		return `| ${cells.join(' | ')} |`;
	});
	return [header, rule, ...lines].join('\n');
}

/** One Markdown list item per target: `- PASS <target>: <figure>` or `- FAIL …`. */
export function checkLines(results: readonly TargetResult[]): string[] {
	return results.map(
		(result) => `- ${result.pass ? 'PASS' : 'FAIL'} ${result.target}: ${result.figure}`,
	);
}

/**
 * How the cost of a cold build grows with the archive: milliseconds per article at each larger
 * size against the smallest (`1.00x` is linear growth).
 */
export function growthLines(rows: readonly BenchRow[]): string[] {
	const cold = rows
		.filter((row) => row.tool === 'ours' && row.build === 'cold')
		.sort((a, b) => a.size - b.size);
	const smallest = cold[0];
	if (!smallest) return [];
	return cold
		.filter((row) => row.size > smallest.size)
		.map((row) => {
			const factor = row.ms / row.size / (smallest.ms / smallest.size);
			return `- cold, time per article at ${String(row.size)}: ${formatRatio(factor)} that at ${String(smallest.size)}`;
		});
}

/**
 * The whole report, as printed and as written to `.bench/last-bench.md`: the machine, the table,
 * the growth of cold builds with size and, when the targets were checked, one line per target.
 */
export function benchReport(
	machine: MachineInfo,
	rows: readonly BenchRow[],
	checks?: readonly TargetResult[],
): string {
	const parts = [machineLines(machine).join('\n'), benchTable(rows)];
	const growth = growthLines(rows);
	if (growth.length > 0) parts.push(growth.join('\n'));
	if (checks) parts.push(checkLines(checks).join('\n'));
	return `${parts.join('\n\n')}\n`;
}

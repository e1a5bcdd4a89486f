/** Reads the figures our build prints about itself. Pure: no I/O here. */
import type { StageTimes } from './bench-row.ts';

/** What a build's output says about itself. */
export interface BuildReport {
	/** The `build stages:` summary, or `null` when the build printed none. */
	stages: StageTimes | null;
	/** Articles the loader parsed, or `null` when it printed no `N articles: P parsed` line. */
	parsed: number | null;
}

const SECONDS = String.raw`(\d+(?:\.\d+)?)s`;
/**
 * The build's one summary line, after an optional logger prefix (`12:34:56 [build] `, also with
 * a level: `12:34:56 [WARN] [build] `):
 * `build stages: sync=12.34s render=10.20s index=1.05s total=25.60s`.
 */
const STAGES = new RegExp(
	String.raw`^(?:\d{2}:\d{2}:\d{2} )?(?:\[[^\]\n]*\] )*build stages: ` +
		`sync=${SECONDS} render=${SECONDS} index=${SECONDS} total=${SECONDS}[ \\t\\r]*$`,
	'gm',
);
/** The loader's line: `10000 articles: 1 parsed, 9999 unchanged`. */
const PARSED = /\b\d+ articles: (\d+) parsed, \d+ unchanged\b/g;
/** Terminal colour and style codes, in case a tool colours its output despite NO_COLOR. */
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** The last match of `pattern` in `text`. */
function lastMatch(pattern: RegExp, text: string): RegExpExecArray | undefined {
	let last: RegExpExecArray | undefined;
	for (const match of text.matchAll(pattern)) last = match;
	return last;
}

/** Whether `line` is one `parseBuildOutput` reads (the bench keeps these and drops the rest). */
export function isBuildReportLine(line: string): boolean {
	return line.includes('build stages:') || line.includes(' parsed, ');
}

/**
 * The stage times and the parsed-article count in a build's output. A missing line gives `null`,
 * never an error: the caller decides whether that matters. When a line appears more than once,
 * the last one counts.
 */
export function parseBuildOutput(output: string): BuildReport {
	const text = output.replace(ANSI, '');
	const stages = lastMatch(STAGES, text);
	const parsed = lastMatch(PARSED, text);
	return {
		stages: stages
			? {
					sync: Number(stages[1]),
					render: Number(stages[2]),
					index: Number(stages[3]),
					total: Number(stages[4]),
				}
			: null,
		parsed: parsed ? Number(parsed[1]) : null,
	};
}

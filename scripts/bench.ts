/**
 * The build benchmark. For each size it generates a corpus of news articles, builds it with our
 * site cold (every cache removed), then with nothing changed, after one article's body changed,
 * after one article was added and after a live article gained one update (caches kept; the
 * output folder is removed before every build, as on CI), each of these warm builds `--repeat`
 * times (3 by default: the median run is the row, its spread beside it; a removed folder is set
 * aside until the run ends, see set-aside.ts), then builds the same
 * corpus cold with Hugo and Eleventy 3 where they are installed. It prints the machine and a
 * Markdown table (also written to .bench/last-bench.md) with each build's wall time, its own
 * stage times (`build stages:` in its output), peak RSS, pages written and articles parsed; with
 * --check, the targets of docs/large-archives.md, exiting 1 when one fails.
 *
 *   npm run bench -- [--sizes 1000,10000] [--repeat 3] [--cold-only] [--no-peers] [--check]
 */
import { spawnSync } from 'node:child_process';
import {
	appendFileSync,
	existsSync,
	mkdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { benchReport, type MachineInfo } from './bench/bench-table.ts';
import {
	OUR_BUILDS,
	type BenchRow,
	type OurBuild,
	type OurRow,
	type PeerRow,
} from './bench/bench-row.ts';
import { checkTargets } from './bench/check-targets.ts';
import { formatArticles, formatGiB, formatSeconds } from './bench/format-figures.ts';
import {
	corpusArticle,
	corpusLiveArticle,
	corpusSlug,
	LIVE_CORPUS,
	writeCorpus,
} from './bench/generate-corpus.ts';
import { BENCH_USAGE, parseBenchArgs, type BenchArgs } from './bench/parse-bench-args.ts';
import { isBuildReportLine, parseBuildOutput } from './bench/parse-build-output.ts';
import { buildWithEleventy, buildWithHugo, peersAvailable, type PeerRun } from './bench/peers.ts';
import { medianRow } from './bench/repeat-runs.ts';
import { measureCommand, projectEnv } from './bench/run-build.ts';
import { Trash } from './bench/set-aside.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, '.bench');
const REPORT = join(WORK, 'last-bench.md');
const ASTRO = join(ROOT, 'node_modules/.bin/astro');
/** The site's own config with its cache folder in .bench (`BENCH_CACHE_DIR`). */
const BENCH_CONFIG = 'scripts/bench/astro-bench.config.mjs';
/** Where removed output and cache folders wait until the run is measured (`set-aside.ts`). */
const trash = new Trash(join(WORK, 'trash'));
/** The sentence the `one changed` build finds appended to the first article's body. */
const EDIT = '\nA sentence added to one article, to see what a rebuild re-parses.\n';

type Peers = { hugo: string | null; eleventy: string | null };

/** Writes a progress line to standard error (the table goes to standard output). */
const progress = (line: string) => console.error(line);

/** Runs one `astro build` of the corpus of `size`, into an output folder removed first. */
async function astroBuild(size: number, corpus: string, build: OurBuild): Promise<OurRow> {
	const outDir = join(WORK, `dist-${String(size)}`);
	trash.setAside(outDir);
	const measure = await measureCommand(
		ASTRO,
		['build', '--config', BENCH_CONFIG, '--outDir', outDir],
		{
			cwd: ROOT,
			outDir,
			keep: isBuildReportLine,
			env: projectEnv(ROOT, {
				ARTICLES_DIR: corpus,
				BENCH_CACHE_DIR: join(WORK, `cache-${String(size)}`),
				NODE_COMPILE_CACHE: join(WORK, 'node-compile-cache'),
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
			}),
		},
	);
	const { stages, parsed } = parseBuildOutput(measure.output);
	const row: OurRow = {
		tool: 'ours',
		build,
		size,
		ms: measure.ms,
		peakRssKb: measure.peakRssKb,
		pages: measure.pages,
		stages,
		parsed,
	};
	const stageText = stages
		? `sync ${formatSeconds(stages.sync * 1000)}, render ${formatSeconds(stages.render * 1000)}, index ${formatSeconds(stages.index * 1000)}`
		: 'stages n/a (no "build stages:" line)';
	progress(
		`  ${String(size)} ${build}: ${formatSeconds(row.ms)}; ${stageText}; ${parsed === null ? 'parsed n/a' : `${String(parsed)} parsed`}; ${formatGiB(row.peakRssKb)}; ${String(row.pages)} pages`,
	);
	return row;
}

/** Removes every cache a cold build must not find, and the output folder. */
function clearCaches(size: number): void {
	for (const dir of [
		join(WORK, `cache-${String(size)}`),
		join(WORK, `dist-${String(size)}`),
		join(WORK, 'node-compile-cache'),
		join(ROOT, '.astro'),
		join(ROOT, 'node_modules/.astro'),
		join(ROOT, 'node_modules/.vite'),
	]) {
		trash.setAside(dir);
	}
}

/** The sentence the `one changed` build of run `run` (from 0) appends to the first article. */
const edit = (run: number) =>
	run === 0 ? EDIT : `\nA sentence added to one article in run ${String(run + 1)}.\n`;

/**
 * Our builds of the corpus of `size`: cold, then (unless cold only) each warm build `repeat`
 * times, the four kinds in turn so that a machine's drift falls on each alike; each warm row is
 * the median of its runs (`medianRow`). Run `r` of `one changed` appends one more sentence, of
 * `one added` adds one more article, of `one live update` one more update: one article each.
 */
async function ourBuilds(
	size: number,
	corpus: string,
	{ coldOnly, repeat }: Pick<BenchArgs, 'coldOnly' | 'repeat'>,
): Promise<OurRow[]> {
	clearCaches(size);
	const cold = await astroBuild(size, corpus, 'cold');
	if (coldOnly) return [cold];
	const runs = new Map<OurBuild, OurRow[]>();
	const measure = async (build: OurBuild) => {
		const row = await astroBuild(size, corpus, build);
		runs.set(build, [...(runs.get(build) ?? []), row]);
	};
	const changed = join(corpus, `${corpusSlug(0)}.md`);
	const added = (run: number) => join(corpus, `${corpusSlug(size + run)}.md`);
	const live = join(corpus, `${corpusSlug(LIVE_CORPUS.index)}.md`);
	try {
		for (let run = 0; run < repeat; run++) {
			await measure('nothing changed');
			appendFileSync(changed, edit(run));
			await measure('one changed');
			writeFileSync(added(run), corpusArticle(size + run));
			await measure('one added');
			writeFileSync(live, corpusLiveArticle(LIVE_CORPUS.index, LIVE_CORPUS.updates + 1 + run));
			await measure('one live update');
		}
	} finally {
		// Back to the corpus of `size`, for the peers and the next run.
		writeFileSync(changed, corpusArticle(0));
		for (let run = 0; run < repeat; run++) rmSync(added(run), { force: true });
		writeFileSync(live, corpusLiveArticle(LIVE_CORPUS.index, LIVE_CORPUS.updates));
	}
	return [
		cold,
		...OUR_BUILDS.filter((build) => build !== 'cold').map((build) =>
			medianRow(runs.get(build) ?? []),
		),
	];
}

/** The peers' cold builds of the corpus, where installed. */
async function peerBuilds(size: number, corpus: string, peers: Peers): Promise<PeerRow[]> {
	const runs: (() => Promise<PeerRun>)[] = [];
	const setAside = (path: string) => trash.setAside(path);
	if (peers.hugo)
		runs.push(() => buildWithHugo(corpus, join(WORK, `hugo-${String(size)}`), setAside));
	if (peers.eleventy)
		runs.push(() => buildWithEleventy(corpus, join(WORK, `eleventy-${String(size)}`), setAside));
	const rows: PeerRow[] = [];
	for (const run of runs) {
		const { name, version, ms, peakRssKb, pages } = await run();
		rows.push({ tool: name, version, size, ms, peakRssKb, pages });
		progress(
			`  ${String(size)} ${name} ${version} cold: ${formatSeconds(ms)}; ${formatGiB(peakRssKb)}; ${String(pages)} pages`,
		);
	}
	return rows;
}

/** Every build at one size, the corpus written first. */
async function benchSize(size: number, args: BenchArgs, peers: Peers): Promise<BenchRow[]> {
	const corpus = join(WORK, `corpus-${String(size)}`);
	const started = performance.now();
	writeCorpus(size, corpus);
	// One article of the corpus is live coverage, for the "one live update" build.
	writeFileSync(
		join(corpus, `${corpusSlug(LIVE_CORPUS.index)}.md`),
		corpusLiveArticle(LIVE_CORPUS.index, LIVE_CORPUS.updates),
	);
	progress(
		`  ${String(size)}: corpus of ${formatArticles(size)} written in ${formatSeconds(performance.now() - started)}`,
	);
	return [...(await ourBuilds(size, corpus, args)), ...(await peerBuilds(size, corpus, peers))];
}

/** The machine the figures were measured on. */
function machine(): MachineInfo {
	const nproc = spawnSync('nproc', { encoding: 'utf8' });
	let cpuModel = cpus()[0]?.model.trim() ?? 'unknown CPU';
	try {
		cpuModel =
			/^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ??
			cpuModel;
	} catch {
		// Not Linux: the model Node reports.
	}
	const node = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['--version'], { encoding: 'utf8' });
	return {
		date: new Date(),
		nproc: nproc.status === 0 ? Number(nproc.stdout.trim()) : availableParallelism(),
		cpuModel,
		node: node.status === 0 ? node.stdout.trim() : process.version,
	};
}

let args: BenchArgs;
try {
	args = parseBenchArgs(process.argv.slice(2));
} catch (error) {
	console.error((error as Error).message);
	process.exit(2);
}
if (!existsSync(ASTRO)) throw new Error(`run npm ci first (${BENCH_USAGE})`);
const peers: Peers = args.peers ? await peersAvailable() : { hugo: null, eleventy: null };
const peerState = (version: string | null) => {
	if (!args.peers) return 'skipped (--no-peers)';
	return version ?? 'not installed';
};
progress(
	`bench: sizes ${args.sizes.join(', ')}${args.coldOnly ? ' (cold only)' : `; each warm build ${String(args.repeat)} times`}; hugo ${peerState(peers.hugo)}; eleventy ${peerState(peers.eleventy)}`,
);
const measuredOn = machine();
const rows: BenchRow[] = [];
try {
	for (const size of args.sizes) rows.push(...(await benchSize(size, args, peers)));
} finally {
	progress('bench: deleting the folders set aside');
	trash.empty();
}
const checks = args.check ? checkTargets(rows) : undefined;
const report = benchReport(measuredOn, rows, checks);
mkdirSync(WORK, { recursive: true });
writeFileSync(REPORT, report);
console.log(report);
progress(`bench: report written to ${REPORT}`);
if (checks) {
	const failed = checks.filter((check) => !check.pass).length;
	progress(
		failed === 0
			? `bench --check: all ${String(checks.length)} targets met`
			: `bench --check: ${String(failed)} of ${String(checks.length)} targets not met`,
	);
	if (failed > 0) process.exitCode = 1;
}

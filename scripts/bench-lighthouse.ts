/**
 * The Lighthouse benchmark: builds the site from content/ into .bench/lighthouse/dist, serves it
 * on 127.0.0.1 and runs Lighthouse (mobile preset, its default throttling; Debian's Chromium)
 * several times on each page below, then prints the median score of each category per page and
 * every run's scores. Nothing is downloaded: Lighthouse, Chromium and the site are all local.
 *
 *   npm run bench:lighthouse [-- --runs 5] [-- --no-build]
 *
 * Exits 1 when a page cannot be measured (a 404, or a Lighthouse error). Not a pass/fail test
 * of scores: mobile performance varies from run to run on a shared machine.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM_FLAGS } from './lib/chromium.ts';
import { runCommand } from './lib/run-command.ts';
import { serveStatic } from './lib/static-server.ts';
import { measureCommand, projectEnv } from './bench/run-build.ts';
import {
	CATEGORIES,
	lostPoints,
	runScores,
	scoreTable,
	type LighthouseResult,
	type RunScores,
} from './bench/lighthouse-report.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, '.bench/lighthouse');
const OUT_DIR = join(WORK, 'dist');
const CHROME = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
/** The site's own config with the content cache in a folder of the bench's choosing. */
const ISOLATED_CONFIG = 'scripts/bench/astro-bench.config.mjs';

/**
 * The pages measured: the seed article, the front page, a topic page of the seed's topics, an
 * author's page and one of the newsroom's pages.
 */
const PAGES = [
	'/articles/protesters-storm-us-embassy-in-baghdad/',
	'/',
	'/topics/iraq/',
	'/authors/amira-haddad/',
	'/about/',
];

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

function parseArgs(argv: readonly string[]): { runs: number; build: boolean } {
	const at = argv.indexOf('--runs');
	const runs = at === -1 ? 5 : Number(argv[at + 1]);
	if (!Number.isInteger(runs) || runs < 1)
		throw new Error('--runs takes a whole number, such as 5');
	return { runs, build: !argv.includes('--no-build') };
}

/** Runs the Lighthouse CLI once on `url`; resolves its result (LHR) read from `outputPath`. */
async function lighthouse(url: string, outputPath: string): Promise<LighthouseResult> {
	const args = [
		url,
		`--chrome-flags=${CHROME_FLAGS.join(' ')}`,
		`--only-categories=${CATEGORIES.join(',')}`,
		'--output=json',
		`--output-path=${outputPath}`,
		'--quiet',
	];
	const { code, output } = await runCommand(join(ROOT, 'node_modules/.bin/lighthouse'), args, {
		cwd: ROOT,
		env: projectEnv(ROOT, { CHROME_PATH: CHROME }),
	});
	if (code !== 0 || !existsSync(outputPath))
		throw new Error(`lighthouse exited with ${String(code)}:\n${output.slice(-2000)}`);
	return JSON.parse(readFileSync(outputPath, 'utf8')) as LighthouseResult;
}

const { runs, build } = parseArgs(process.argv.slice(2));
if (!existsSync(CHROME))
	throw new Error(
		`Chromium was not found at ${CHROME}: run npm run setup:test, or set CHROME_PATH`,
	);

if (build) {
	console.error('bench:lighthouse: building content/ into .bench/lighthouse/dist');
	const measure = await measureCommand(
		join(ROOT, 'node_modules/.bin/astro'),
		['build', '--config', ISOLATED_CONFIG, '--outDir', OUT_DIR],
		{
			cwd: ROOT,
			outDir: OUT_DIR,
			env: projectEnv(ROOT, {
				BENCH_CACHE_DIR: join(WORK, 'cache'),
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
			}),
		},
	);
	console.error(`  built ${String(measure.pages)} pages in ${(measure.ms / 1000).toFixed(1)} s`);
} else if (!existsSync(OUT_DIR)) {
	throw new Error('--no-build needs an earlier build in .bench/lighthouse/dist');
}

const server = await serveStatic(OUT_DIR, '/');
const reports = join(WORK, 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const results: { path: string; runs: RunScores[]; error?: string }[] = [];
const lost = new Map<string, Set<string>>();
try {
	for (const path of PAGES) {
		const url = new URL(path, server.url).href;
		const status = (await fetch(url, { method: 'HEAD' })).status;
		if (status !== 200) {
			const error = `HTTP ${String(status)}: the build has no page at ${path}`;
			console.error(`  ${path}: ${error}`);
			results.push({ path, runs: [], error });
			continue;
		}
		const pageRuns: RunScores[] = [];
		const pageLost = new Set<string>();
		for (let run = 1; run <= runs; run++) {
			const name = `${path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home'}-${String(run)}.json`;
			const result = await lighthouse(url, join(reports, name));
			if (result.runtimeError !== undefined)
				throw new Error(`${path}: ${result.runtimeError.code} ${result.runtimeError.message}`);
			const scores = runScores(result);
			pageRuns.push(scores);
			for (const line of lostPoints(result)) pageLost.add(line);
			console.error(
				`  ${path} run ${String(run)}/${String(runs)}: ${CATEGORIES.map((category) => `${category} ${String(scores[category])}`).join(', ')}`,
			);
		}
		results.push({ path, runs: pageRuns });
		lost.set(path, pageLost);
	}
} finally {
	await server.close();
}

console.log(`Lighthouse ${runs} runs per page, mobile preset, ${CHROME}; median, then each run:`);
console.log(scoreTable(results));
for (const [path, lines] of lost) {
	if (lines.size > 0)
		console.log(`\n${path}: audits below 1 in some run\n  ${[...lines].join('\n  ')}`);
}
console.log(`\nFull reports: ${reports}`);
if (results.some((page) => page.error !== undefined)) process.exitCode = 1;

/**
 * The build benchmark: for each size, generates a corpus of news articles and builds it cold
 * (every cache removed), warm (nothing changed), after one article changed and after one was
 * added; then, where installed, builds the same corpus with Hugo and Eleventy 3.
 *
 *   npm run bench -- --sizes 1000,10000 [--no-peers]
 *
 * Figures go to standard output as a table; nothing here is a pass/fail test.
 */
import { appendFileSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { corpusArticle, corpusSlug, writeCorpus } from './bench/generate-corpus.ts';
import { buildWithEleventy, buildWithHugo, peersAvailable, type PeerRun } from './bench/peers.ts';
import { measureCommand, projectEnv, type BuildMeasure } from './bench/run-build.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, '.bench');
/** The site's own config with the content cache in a folder of the bench's choosing. */
const BENCH_CONFIG = 'scripts/bench/astro-bench.config.ts';

interface Row {
	size: number;
	build: string;
	ms: number;
	peakRssKb: number;
	pages: number;
	parsed: number | null;
}

function parseArgs(argv: readonly string[]): { sizes: number[]; peers: boolean } {
	const sizesAt = argv.indexOf('--sizes');
	const sizes = (sizesAt === -1 ? '1000,10000' : (argv[sizesAt + 1] ?? ''))
		.split(',')
		.map((size) => Number(size.trim()));
	if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
		throw new Error('--sizes takes a comma-separated list of article counts, such as 1000,10000');
	}
	return { sizes, peers: !argv.includes('--no-peers') };
}

/** Runs one `astro build` of the corpus of `size` and reads how many articles it parsed. */
async function astroBuild(
	size: number,
	corpus: string,
): Promise<BuildMeasure & { parsed: number | null }> {
	const cacheDir = join(WORK, `cache-${size}`);
	const outDir = join(WORK, `dist-${size}`);
	const measure = await measureCommand(
		join(ROOT, 'node_modules/.bin/astro'),
		['build', '--config', BENCH_CONFIG, '--outDir', outDir],
		{
			cwd: ROOT,
			outDir,
			env: projectEnv(ROOT, {
				ARTICLES_DIR: corpus,
				BENCH_CACHE_DIR: cacheDir,
				NODE_COMPILE_CACHE: join(WORK, 'node-compile-cache'),
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
			}),
		},
	);
	const parsed = /articles: (\d+) parsed/.exec(measure.output)?.[1];
	return { ...measure, parsed: parsed === undefined ? null : Number(parsed) };
}

/** Removes every cache a cold build must not find. */
function clearCaches(size: number): void {
	for (const dir of [
		join(WORK, `cache-${size}`),
		join(WORK, `dist-${size}`),
		join(WORK, 'node-compile-cache'),
		join(ROOT, '.astro'),
		join(ROOT, 'node_modules/.astro'),
		join(ROOT, 'node_modules/.vite'),
	]) {
		rmSync(dir, { recursive: true, force: true });
	}
}

async function benchSize(size: number, peers: { hugo: string | null; eleventy: string | null }) {
	const corpus = join(WORK, `corpus-${size}`);
	writeCorpus(size, corpus);
	const rows: Row[] = [];
	const record = (build: string, measure: BuildMeasure & { parsed?: number | null }) => {
		rows.push({
			size,
			build,
			ms: measure.ms,
			peakRssKb: measure.peakRssKb,
			pages: measure.pages,
			parsed: measure.parsed ?? null,
		});
		console.error(`  ${size} ${build}: ${(measure.ms / 1000).toFixed(1)} s`);
	};

	clearCaches(size);
	record('cold', await astroBuild(size, corpus));
	record('warm', await astroBuild(size, corpus));
	const changed = join(corpus, `${corpusSlug(0)}.md`);
	appendFileSync(changed, '\nA sentence added to one article, to see what a rebuild re-parses.\n');
	record('one changed', await astroBuild(size, corpus));
	const added = join(corpus, `${corpusSlug(size)}.md`);
	appendFileSync(added, corpusArticle(size));
	record('one added', await astroBuild(size, corpus));
	rmSync(added);
	writeCorpus(size, corpus);

	const peerRuns: PeerRun[] = [];
	if (peers.hugo) peerRuns.push(await buildWithHugo(corpus, join(WORK, `hugo-${size}`)));
	if (peers.eleventy)
		peerRuns.push(await buildWithEleventy(corpus, join(WORK, `eleventy-${size}`)));
	for (const run of peerRuns) record(`${run.name} ${run.version} cold`, { ...run, output: '' });
	return rows;
}

function table(rows: readonly Row[]): string {
	const header =
		'| articles | build | wall time | ms per article | peak RSS | pages written | articles parsed | our cold ÷ this |';
	const lines = rows.map((row) => {
		const ours = rows.find((r) => r.size === row.size && r.build === 'cold');
		const ratio =
			ours && row.build.endsWith(' cold') && row.build !== 'cold'
				? `${(ours.ms / row.ms).toFixed(2)}x`
				: '';
		return `| ${row.size} | ${row.build} | ${(row.ms / 1000).toFixed(1)} s | ${(row.ms / row.size).toFixed(2)} | ${(row.peakRssKb / 1024 / 1024).toFixed(2)} GiB | ${row.pages} | ${row.parsed ?? ''} | ${ratio} |`;
	});
	return [header, '|---|---|---|---|---|---|---|---|', ...lines].join('\n');
}

function growth(rows: readonly Row[]): string[] {
	const cold = rows.filter((row) => row.build === 'cold').sort((a, b) => a.size - b.size);
	const smallest = cold[0];
	if (!smallest) return [];
	return cold.slice(1).map((row) => {
		const factor = row.ms / row.size / (smallest.ms / smallest.size);
		return `growth: ms per article at ${row.size} is ${factor.toFixed(2)}x that at ${smallest.size} (cold)`;
	});
}

const { sizes, peers: withPeers } = parseArgs(process.argv.slice(2));
const peers = withPeers ? await peersAvailable() : { hugo: null, eleventy: null };
console.error(
	`bench: sizes ${sizes.join(', ')}; hugo ${peers.hugo ?? 'not installed'}; eleventy ${peers.eleventy ?? 'not installed'}`,
);
if (!existsSync(join(ROOT, 'node_modules/.bin/astro'))) throw new Error('run npm ci first');
const rows: Row[] = [];
for (const size of sizes) rows.push(...(await benchSize(size, peers)));
console.log(table(rows));
for (const line of growth(rows)) console.log(line);

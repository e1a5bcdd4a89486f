/**
 * Builds the benchmark corpus with two peer generators, Hugo and Eleventy 3, so the bench can print
 * our build time as a ratio to theirs. Their sites live in ./peers: each renders a page per article
 * (/articles/<slug>/index.html), a home page of the latest 20 and a page per tag, from the corpus
 * folder as it is (nothing is copied).
 *
 * Every build is cold: the output folder and the peer's caches are removed first. Each is measured
 * as our own builds are (`measureCommand`: wall time, peak RSS of the largest process, pages).
 *
 *   node scripts/bench/peers.ts --self-test <corpusDir>
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureCommand } from './run-build.ts';

export interface PeerRun {
	name: 'hugo' | 'eleventy';
	version: string;
	ms: number;
	peakRssKb: number;
	pages: number;
}

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const hugoSite = join(here, 'peers', 'hugo');
const eleventySite = join(here, 'peers', 'eleventy');
const eleventyPackage = join(eleventySite, 'node_modules', '@11ty', 'eleventy');
const projectBin = join(root, 'node_modules', '.bin');
/** Node 24 from the project's `node` devDependency; the running node when it is missing. */
const node24 = existsSync(join(projectBin, 'node')) ? join(projectBin, 'node') : process.execPath;

/** The version of Hugo on PATH ("0.111.3"), or null when it is not installed. */
function hugoVersion(): string | null {
	const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
	if (result.error || result.status !== 0) return null;
	return /v(\d+\.\d+\.\d+)/.exec(result.stdout)?.[1] ?? result.stdout.trim();
}

/** The version of the Eleventy installed in peers/eleventy, or null when it is not installed. */
function eleventyVersion(): string | null {
	try {
		const manifest = JSON.parse(readFileSync(join(eleventyPackage, 'package.json'), 'utf8')) as {
			version?: unknown;
		};
		return typeof manifest.version === 'string' ? manifest.version : null;
	} catch {
		return null;
	}
}

/** Which peers can run, as their version strings (null: not installed). */
export function peersAvailable(): Promise<{ hugo: string | null; eleventy: string | null }> {
	return Promise.resolve({ hugo: hugoVersion(), eleventy: eleventyVersion() });
}

/** Deletes a folder and everything in it; the builds' default way to empty their output folder. */
const removeFolder = (path: string) => rmSync(path, { recursive: true, force: true });

/** A TOML basic string (JSON escapes are valid TOML escapes for paths). */
const tomlString = (text: string) => JSON.stringify(text);

/**
 * Builds `corpusDir` with Hugo into `outDir`. The corpus is mounted as content/articles by a config
 * file written to a temporary folder, which also holds Hugo's cache and resource folders (fresh,
 * so the build is cold, and nothing is written into peers/hugo). `remove` empties the output
 * folder first (the bench sets it aside instead: see set-aside.ts).
 */
export async function buildWithHugo(
	corpusDir: string,
	outDir: string,
	remove: (path: string) => void = removeFolder,
): Promise<PeerRun> {
	const version = hugoVersion();
	if (version === null) throw new Error('Hugo is not installed (apt-get install -y hugo).');
	const corpus = resolve(corpusDir);
	const out = resolve(outDir);
	remove(out);
	const scratch = mkdtempSync(join(tmpdir(), 'bench-hugo-'));
	try {
		const mounts = join(scratch, 'mounts.toml');
		writeFileSync(
			mounts,
			[
				`cacheDir = ${tomlString(join(scratch, 'cache'))}`,
				`resourceDir = ${tomlString(join(scratch, 'resources'))}`,
				'[module]',
				'[[module.mounts]]',
				`source = ${tomlString(corpus)}`,
				'target = "content/articles"',
				'',
			].join('\n'),
		);
		const measured = await measureCommand(
			'hugo',
			[
				'--source',
				hugoSite,
				'--config',
				`${join(hugoSite, 'hugo.toml')},${mounts}`,
				'--destination',
				out,
				'--noBuildLock',
			],
			{ cwd: hugoSite, outDir: out, env: { ...process.env, HUGO_ENVIRONMENT: 'production' } },
		);
		return {
			name: 'hugo',
			version,
			ms: measured.ms,
			peakRssKb: measured.peakRssKb,
			pages: measured.pages,
		};
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}

/**
 * Builds `corpusDir` with Eleventy 3 (installed in peers/eleventy) into `outDir`, on the project's
 * Node 24. The corpus folder is Eleventy's input folder; layouts and the home and tag pages come
 * from peers/eleventy. `remove` empties the output folder first, as for Hugo.
 */
export async function buildWithEleventy(
	corpusDir: string,
	outDir: string,
	remove: (path: string) => void = removeFolder,
): Promise<PeerRun> {
	const version = eleventyVersion();
	if (version === null) {
		throw new Error('Eleventy is not installed (npm install in scripts/bench/peers/eleventy).');
	}
	const out = resolve(outDir);
	remove(out);
	// Eleventy keeps no build cache; .cache is where its plugins (eleventy-fetch) would keep one.
	rmSync(join(eleventySite, '.cache'), { recursive: true, force: true });
	const measured = await measureCommand(
		node24,
		[join(eleventyPackage, 'cmd.cjs'), '--quiet', '--config', 'eleventy.config.js'],
		{
			cwd: eleventySite,
			outDir: out,
			env: {
				...process.env,
				PATH: `${projectBin}${delimiter}${process.env['PATH'] ?? ''}`,
				CORPUS_DIR: resolve(corpusDir),
				OUT_DIR: out,
				ELEVENTY_ENV: 'production',
				NODE_ENV: 'production',
			},
		},
	);
	return {
		name: 'eleventy',
		version,
		ms: measured.ms,
		peakRssKb: measured.peakRssKb,
		pages: measured.pages,
	};
}

if (import.meta.main) {
	const [flag, corpusDir] = process.argv.slice(2);
	if (flag !== '--self-test' || !corpusDir) {
		console.error('usage: node scripts/bench/peers.ts --self-test <corpusDir>');
		process.exit(2);
	}
	const available = await peersAvailable();
	console.log('available:', available);
	const outRoot = mkdtempSync(join(tmpdir(), 'bench-peers-'));
	try {
		if (available.hugo !== null) console.log(await buildWithHugo(corpusDir, join(outRoot, 'hugo')));
		if (available.eleventy !== null) {
			console.log(await buildWithEleventy(corpusDir, join(outRoot, 'eleventy')));
		}
	} finally {
		rmSync(outRoot, { recursive: true, force: true });
	}
}

import { existsSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { runCommand, type CommandRun } from '../../../scripts/lib/run-command.ts';
import { withBuildLock } from './build-lock.ts';
import {
	FIXTURE_AUTHORS,
	FIXTURE_FRONT_TOPICS,
	FIXTURE_PAGES,
	FIXTURE_PAGE_SIZE,
	FIXTURE_TOP_STORIES,
	ROOT,
	type FixtureBuild,
} from '../shared/paths.ts';

/** What one `astro build` run did: its exit code and output, and how long it took. */
export interface BuildRun extends CommandRun {
	/** Wall-clock milliseconds. */
	ms: number;
}

/** Variables Vitest sets that a child Astro would read as its own (`MODE=test`, `BASE_URL`...). */
const VITEST_VARIABLES = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);

/**
 * The environment without what Vitest adds: under `MODE=test` and `NODE_ENV=test` a child
 * `astro dev` serves no pages and `astro build` is no production build.
 */
export function withoutVitestEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	return Object.fromEntries(
		Object.entries(env).filter(([key]) => !key.startsWith('VITEST') && !VITEST_VARIABLES.has(key)),
	);
}

/** Options of one `astro build` run. */
export interface BuildOptions {
	/** Folder of article files, relative to the project root (`ARTICLES_DIR`). */
	articlesDir: string;
	/** Absolute output folder (`--outDir`). */
	outDir: string;
	/** Absolute folder for the build's private content cache. */
	cacheDir: string;
	/** `SITE_BASE`, such as `/` or `/news/`. */
	base: string;
	/** The project to build; this one by default (tests of the cache build a copy). */
	root?: string;
	/** Articles per listing page (`PAGE_SIZE`); `FIXTURE_PAGE_SIZE` by default. */
	pageSize?: number;
	/** `BUILD_TIME` (ISO 8601): the instant the build takes as now; the clock by default. */
	buildTime?: string;
	/** Folder of author files (`AUTHORS_DIR`); the fixture site's by default. */
	authorsDir?: string;
	/** Folder of the newsroom's pages (`PAGES_DIR`); the fixture site's by default. */
	pagesDir?: string;
}

const BIN = join(ROOT, 'node_modules/.bin');
const FIXTURE_CONFIG = 'tests/helpers/build/astro-fixture.config.ts';

/**
 * Runs `astro build` in a child process. `node_modules/.bin` comes first on its PATH so the
 * project's Node 24 runs Astro (the system Node may be older than Astro accepts).
 */
export function runAstroBuild(options: BuildOptions): Promise<BuildRun> {
	// Builds of one project take turns: they share its .astro/ folder (see withBuildLock).
	return withBuildLock(options.root ?? ROOT, () => runUnlocked(options));
}

async function runUnlocked(options: BuildOptions): Promise<BuildRun> {
	const started = performance.now();
	// Astro rewrites .astro/content-assets.mjs (every collection image and its import) only when a
	// build stores a new image; a build with nothing new keeps the file the last build of the
	// project wrote, and test builds of other article folders (each with its own cache) write
	// theirs. Removed, it is written again from this build's own store.
	for (const name of ['content-assets.mjs', 'content-modules.mjs'])
		rmSync(join(options.root ?? ROOT, '.astro', name), { force: true });
	rmSync(options.outDir, { recursive: true, force: true });
	const run = await runCommand(
		join(BIN, 'astro'),
		['build', '--config', FIXTURE_CONFIG, '--outDir', options.outDir],
		{
			cwd: options.root ?? ROOT,
			env: {
				...withoutVitestEnv(process.env),
				PATH: `${BIN}${delimiter}${process.env['PATH'] ?? ''}`,
				ARTICLES_DIR: options.articlesDir,
				AUTHORS_DIR: options.authorsDir ?? FIXTURE_AUTHORS,
				PAGES_DIR: options.pagesDir ?? FIXTURE_PAGES,
				FRONT_PAGE_TOPICS: FIXTURE_FRONT_TOPICS,
				FRONT_PAGE_TOP_STORIES: String(FIXTURE_TOP_STORIES),
				SITE_BASE: options.base,
				PAGE_SIZE: String(options.pageSize ?? FIXTURE_PAGE_SIZE),
				FIXTURE_CACHE_DIR: options.cacheDir,
				...(options.buildTime === undefined ? {} : { BUILD_TIME: options.buildTime }),
				ASTRO_TELEMETRY_DISABLED: '1',
				FORCE_COLOR: '0',
				NO_COLOR: '1',
			},
		},
	);
	return { ...run, ms: performance.now() - started };
}

/** Where the output of `build`'s last `astro build` is kept, for tests that read the log. */
export function buildLogFile(build: FixtureBuild): string {
	return join(dirname(build.outDir), 'build.log');
}

function stampFile(build: FixtureBuild): string {
	return join(dirname(build.outDir), 'stamp.json');
}

/** Builds the site of `build`'s articles; throws with Astro's output on failure. */
export async function buildFixtureSite(build: FixtureBuild): Promise<BuildRun> {
	rmSync(stampFile(build), { force: true });
	const run = await runAstroBuild({
		articlesDir: build.articlesDir,
		outDir: build.outDir,
		cacheDir: build.cacheDir,
		base: build.base,
	});
	if (run.code !== 0) {
		throw new Error(
			`astro build of ${build.articlesDir} (base ${build.base}) exited with ${String(run.code)}:\n${run.output}`,
		);
	}
	mkdirSync(dirname(build.outDir), { recursive: true });
	writeFileSync(buildLogFile(build), run.output);
	writeFileSync(
		stampFile(build),
		`${JSON.stringify({ base: build.base, ms: Math.round(run.ms) })}\n`,
	);
	console.log(
		`[fixture site] built ${build.name} (base ${build.base}) in ${(run.ms / 1000).toFixed(1)} s`,
	);
	return run;
}

/** Everything a fixture build depends on besides its articles and `node_modules` (the lockfile covers those). */
const INPUTS = [
	'src',
	'public',
	'astro.config.mjs',
	'package-lock.json',
	'tsconfig.json',
	FIXTURE_CONFIG,
];

/** The newest modification time of `path` and everything below it; 0 when it does not exist. */
export function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return readdirSync(path).reduce(
		(newest, name) => Math.max(newest, newestMtime(join(path, name))),
		stat.mtimeMs,
	);
}

/** Whether `build`'s output exists and is newer than every source it was built from. */
export function isFixtureBuildFresh(build: FixtureBuild): boolean {
	const stamp = stampFile(build);
	if (!existsSync(stamp) || !existsSync(build.outDir)) return false;
	const builtAt = statSync(stamp).mtimeMs;
	return [...INPUTS, build.articlesDir, FIXTURE_AUTHORS, FIXTURE_PAGES].every(
		(input) => newestMtime(join(ROOT, input)) < builtAt,
	);
}

/** Reuses `build`'s output when it is fresh, builds it otherwise. */
export async function ensureFixtureSite(build: FixtureBuild): Promise<void> {
	if (isFixtureBuildFresh(build)) {
		console.log(`[fixture site] reusing ${build.name}: its output is newer than its sources`);
		return;
	}
	await buildFixtureSite(build);
}

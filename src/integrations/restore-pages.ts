import { copyFileSync, existsSync, linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

/**
 * Unchanged pages put in place while Vite builds, so that generating them costs a check each.
 *
 * With `experimental.incrementalBuild`, Astro keeps every page with a `cacheKey` in its cache
 * (`<cacheDir>/dist/`, listed in `incremental-build.json`) and, for each page whose key and code
 * are unchanged, copies it into the output folder unless a file is already there. Done page by
 * page (a directory, a check and a copy of some 40 KB each), that costs a build of ten thousand
 * unchanged pages seconds after Vite's build. This integration links every page of that list
 * into the output folder (emptied by then) while Vite builds, so Astro finds them in place; a
 * page that changed is rendered over its link as before, and a page of the last build that this
 * build does not make is removed once pages are generated.
 *
 * A link shares its bytes with the cached copy: a page rendered again writes the new page into
 * both before Astro records its new key. A build that fails in between would leave the cache
 * holding pages newer than its list says, so a marker file stands while pages are linked, and a
 * build that finds it (the last one stopped half-way) renders every page instead of trusting the
 * cache. Edit the output folder's pages as copies, never in place: they are the cache's too.
 */

/** Astro's list of cached pages, and its folder of cached pages, in the cache folder. */
const MANIFEST = 'incremental-build.json';
const CACHED_PAGES = 'dist';
/** Stands in the cache folder from linking pages until the build has generated them. */
const MARKER = 'pages-linked';
/** Pages linked between two turns of the event loop. */
const AT_ONCE = 500;

/** What Astro's incremental cache lists, as far as this integration reads it. */
interface Manifest {
	routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }>;
}

/** The integration; give it before those that write into the output folder. */
export function restorePages(): AstroIntegration {
	let cacheDir = '';
	let outDir = '';
	let placing: Promise<Placed> | undefined;
	return {
		name: 'restore-pages',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				if (command !== 'build') return;
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'restore-pages:wait',
								// Runs after Vite's builds and before Astro's page generation (a later plugin
								// of the same order): every page is in place before any is generated.
								buildApp: {
									order: 'post',
									handler: async () => {
										await placing;
									},
								},
							},
						],
					},
				});
			},
			'astro:config:done': ({ config }) => {
				cacheDir = fileURLToPath(config.cacheDir);
				outDir = fileURLToPath(config.outDir);
			},
			// The output folder has just been emptied; Vite is about to build.
			'astro:build:setup': ({ logger }) => {
				placing ??= placePages(cacheDir, outDir, logger);
			},
			'astro:build:generated': async ({ logger }) => {
				if (placing === undefined) return;
				const placed = await placing;
				const removed = await removeStale(cacheDir, outDir, placed);
				rmSync(join(cacheDir, MARKER), { force: true });
				if (removed > 0) {
					const pages = removed === 1 ? 'page' : 'pages';
					logger.info(`${String(removed)} ${pages} of the last build removed (no longer made)`);
				}
			},
		},
	};
}

/** What `placePages` put in the output folder. */
interface Placed {
	/** The output files linked, relative to the output folder. */
	files: string[];
	/** When linking began (ms since the epoch): a file written since was rendered by this build. */
	since: number;
}

/** Links every page of Astro's cache list into `outDir`; what it placed. */
async function placePages(
	cacheDir: string,
	outDir: string,
	logger: AstroIntegrationLogger,
): Promise<Placed> {
	const since = Date.now();
	const manifestFile = join(cacheDir, MANIFEST);
	const marker = join(cacheDir, MARKER);
	if (existsSync(marker)) {
		// The last build stopped between linking and recording: its list may not match its pages.
		rmSync(manifestFile, { force: true });
		rmSync(marker, { force: true });
		logger.info('the last build stopped before it ended: every page is rendered again');
		return { files: [], since };
	}
	const files = outputFiles(await readFile(manifestFile, 'utf8').catch(() => ''));
	if (files.length === 0) return { files, since };
	writeFileSync(marker, '');
	const made = new Set<string>();
	const placed: string[] = [];
	// Synchronous calls, a batch at a time between turns of the event loop: a promise per call
	// (some 50,000 for 25,000 pages) cost the main thread more than the calls themselves, and
	// Vite's build, running meanwhile, mostly waits on its own native threads.
	const placeOne = (file: string) => {
		const from = join(cacheDir, CACHED_PAGES, file);
		const to = join(outDir, file);
		const dir = dirname(to);
		if (!made.has(dir)) {
			made.add(dir);
			mkdirSync(dir, { recursive: true });
		}
		try {
			linkSync(from, to);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			// A page missing from the cache is rendered; across file systems, a copy does.
			if (code === 'ENOENT') return;
			if (code !== 'EXDEV') throw error;
			copyFileSync(from, to);
		}
		placed.push(file);
	};
	for (let i = 0; i < files.length; i += AT_ONCE) {
		for (const file of files.slice(i, i + AT_ONCE)) placeOne(file);
		await new Promise((resolve) => setImmediate(resolve));
	}
	return { files: placed, since };
}

/** The output files Astro's cache list names, relative to the output folder. */
export function outputFiles(manifestText: string): string[] {
	let manifest: Manifest | null;
	try {
		manifest = JSON.parse(manifestText) as Manifest | null;
	} catch {
		return [];
	}
	const files: string[] = [];
	for (const route of Object.values(manifest?.routes ?? {}))
		for (const { outputFile } of Object.values(route.paths ?? {}))
			if (typeof outputFile === 'string' && isInside(outputFile)) files.push(outputFile);
	return files;
}

/** Whether a listed path stays inside the folder it is joined to. */
function isInside(path: string): boolean {
	return path !== '' && !path.startsWith('/') && !path.split('/').includes('..');
}

/**
 * Removes each placed page that this build neither restored nor rendered: not in the list Astro
 * wrote for this build, and not written since it was placed. Resolves how many it removed.
 */
async function removeStale(cacheDir: string, outDir: string, placed: Placed): Promise<number> {
	if (placed.files.length === 0) return 0;
	const kept = new Set(
		outputFiles(await readFile(join(cacheDir, MANIFEST), 'utf8').catch(() => '')),
	);
	let removed = 0;
	for (const file of placed.files) {
		if (kept.has(file)) continue;
		const path = join(outDir, file);
		const written = await stat(path).then(
			(stats) => stats.mtimeMs >= placed.since,
			() => true,
		);
		if (written) continue;
		await unlink(path);
		removed += 1;
	}
	return removed;
}

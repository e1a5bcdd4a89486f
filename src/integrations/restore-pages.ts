import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { inThread } from './page-files.ts';

/**
 * Unchanged pages put in place while Vite builds, so that generating them costs a check each.
 *
 * With `experimental.incrementalBuild`, Astro keeps every page with a `cacheKey` in its cache
 * (`<cacheDir>/dist/`, listed in `incremental-build.json`) and, for each page whose key and code
 * are unchanged, copies it into the output folder unless a file is already there. Done page by
 * page (a directory, a check and a copy of some 40 KB each), that costs a build of ten thousand
 * unchanged pages seconds after Vite's build. This integration links every page of that list,
 * from the moment the build is configured (while content syncs and Vite builds), into a folder
 * beside the output folder (`.dist-restoring/` beside `dist/`: Astro empties the output folder
 * before Vite builds), and moves its folders into the output folder once Vite has built, so
 * Astro finds every page in place; a page that changed is rendered over its link as before, and
 * a page of the last build that this build does not make is removed once pages are generated.
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

/** The integration; give it before those that write into the output folder. */
export function restorePages(): AstroIntegration {
	let building = false;
	let cacheDir = '';
	let outDir = '';
	let staging = '';
	let placing: Promise<Placed> | undefined;
	return {
		name: 'restore-pages',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				if (command !== 'build') return;
				building = true;
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
										if (placing === undefined) return;
										await placing;
										moveInto(staging, outDir);
									},
								},
							},
						],
					},
				});
			},
			'astro:config:done': ({ config, logger }) => {
				cacheDir = fileURLToPath(config.cacheDir);
				outDir = fileURLToPath(config.outDir);
				if (!building) return;
				staging = join(dirname(outDir), `.${basename(outDir)}-restoring`);
				placing = placePages(cacheDir, staging, logger);
				// Awaited before pages are generated; a rejection must not be unhandled meanwhile.
				placing.catch(() => undefined);
			},
			'astro:build:generated': async ({ logger }) => {
				if (placing === undefined) return;
				const placed = await placing;
				const removed = await inThread({
					kind: 'prune',
					manifest: join(cacheDir, MANIFEST),
					to: outDir,
					placed: placed.files,
					since: placed.since,
				});
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

/** Links every page of Astro's cache list into the folder `to` (emptied first); what it placed. */
async function placePages(
	cacheDir: string,
	to: string,
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
	if (!existsSync(manifestFile)) return { files: [], since };
	writeFileSync(marker, '');
	// On a thread of its own, while content syncs and Vite builds on this one.
	const files = await inThread({
		kind: 'link',
		from: join(cacheDir, CACHED_PAGES),
		to,
		files: { manifest: manifestFile },
		clear: true,
	});
	return { files, since };
}

/**
 * Moves everything in the folder `from` into the folder `to`, merging folders both hold (a file
 * `to` already has stays), then removes `from`. A few renames: the folders of the site's sections.
 */
function moveInto(from: string, to: string): void {
	if (!existsSync(from)) return;
	for (const entry of readdirSync(from, { withFileTypes: true })) {
		const source = join(from, entry.name);
		const target = join(to, entry.name);
		if (!existsSync(target)) renameSync(source, target);
		else if (entry.isDirectory()) moveInto(source, target);
	}
	rmSync(from, { recursive: true, force: true });
}

import type { AstroIntegration } from 'astro';

/**
 * How long each stage of a build took, printed as one line at the end of the build, which
 * `npm run bench` reads: `build stages: sync=12.34s render=10.20s index=1.05s total=25.60s`.
 *
 * - sync: from the start of the build to the end of content sync (parsing the changed articles);
 * - render: Vite's build of the pages' code, then rendering (or restoring) every page;
 * - index: the time the build waited on the search index after the pages were written (it is
 *   built while they render);
 * - total: the whole build.
 */

const stages = new Map<string, number>();

/** Records the duration of a stage measured by another integration, in milliseconds. */
export function recordStage(name: 'index', ms: number): void {
	stages.set(name, ms);
}

const seconds = (ms: number | undefined) =>
	ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(2)}s`;

/** The integration that times the stages; it must come last, so its hooks run after the others'. */
export function buildStages(): AstroIntegration {
	let started = 0;
	let synced = 0;
	let generated = 0;
	return {
		name: 'build-stages',
		hooks: {
			'astro:config:setup': () => {
				started = performance.now();
			},
			'astro:build:start': () => {
				synced = performance.now();
			},
			'astro:build:generated': () => {
				generated = performance.now();
			},
			'astro:build:done': ({ logger }) => {
				const done = performance.now();
				logger.info(
					`build stages: sync=${seconds(synced - started)} render=${seconds(generated - synced)} index=${seconds(stages.get('index'))} total=${seconds(done - started)}`,
				);
			},
		},
	};
}

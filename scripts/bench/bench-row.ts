/** What one row of the build benchmark holds: one measured build. Types only; no I/O here. */

/** Seconds each stage of one of our builds took, as the build prints them (`build stages: …`). */
export interface StageTimes {
	/** Content sync, article parsing included. */
	sync: number;
	/** Page generation, Vite's build of the entrypoints included. */
	render: number;
	/** Time the build waited on the search index after the pages were rendered. */
	index: number;
	/** The whole build. */
	total: number;
}

/** Our builds at each size, in the order the bench runs them. */
export const OUR_BUILDS = [
	'cold',
	'nothing changed',
	'one changed',
	'one added',
	'one live update',
] as const;

/**
 * One of our builds: `cold` (every cache and the output folder removed), `nothing changed`,
 * `one changed` (one article's body edited), `one added` (one new article) or `one live update`
 * (a live article of the corpus gains one update). Every build but
 * `cold` keeps the caches; every build starts with the output folder removed, as on CI.
 */
export type OurBuild = (typeof OUR_BUILDS)[number];

/** What every row measured. */
interface Measured {
	/** Articles in the corpus. */
	size: number;
	/** Wall-clock milliseconds. */
	ms: number;
	/** Peak resident memory of the largest process of the build, in KiB. */
	peakRssKb: number;
	/** HTML pages in the output folder after the build. */
	pages: number;
}

/** A build of our site. */
export interface OurRow extends Measured {
	tool: 'ours';
	build: OurBuild;
	/** The build's own stage times; `null` when it printed no `build stages:` line. */
	stages: StageTimes | null;
	/** Articles the loader parsed (`N articles: P parsed, U unchanged`); `null` without that line. */
	parsed: number | null;
	/**
	 * The wall time of every run of this build when it ran more than once (`--repeat`), in run
	 * order; the row's own figures are then those of the run of median wall time (`medianRow`).
	 */
	runs?: readonly number[];
}

/** A cold build of the same corpus by a peer generator. */
export interface PeerRow extends Measured {
	tool: 'hugo' | 'eleventy';
	/** The peer's version (`0.111.3`). */
	version: string;
}

/** One measured build: a row of the bench's table. */
export type BenchRow = OurRow | PeerRow;

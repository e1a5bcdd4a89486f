import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import { stripVTControlCharacters } from 'node:util';
import nodeLog from 'astro/logger/node';

/**
 * The build's log (`logger` in `astro.config.mjs`): Astro's own Node.js log, except for the
 * line Astro writes for every page it generates. A build of 10,000 articles generates some 23,600
 * pages, and so 47,000 writes to the terminal, each made synchronously by the thread that renders
 * the pages; they scroll by faster than anyone reads them. Instead, every few seconds, one line
 * says how many pages are done and how many of them were rendered or taken from the cache, and
 * when the pages are done, a line gives the totals and, when they are few, the pages that were
 * rendered (what a change made the build render again). With `astro build --verbose`, every
 * page's line is written as Astro writes it.
 *
 * Written by hand: Astro has no setting for the page lines but its log level, which would hide
 * the warnings and the loaders' progress with them.
 */

/** How often a progress line is written while pages are generated. */
const PROGRESS_EVERY_MS = 2000;

/** At most this many rendered pages are listed by name when the pages are done. */
const LIST_AT_MOST = 50;

/** Options of the build's log: those of Astro's Node.js log, which writes what this one keeps. */
export interface BuildLogOptions {
	/** The lowest level written (Astro's level still applies first). */
	level?: AstroLoggerMessage['level'];
}

// Astro's lines, as it writes them for a page (with its colours, when the terminal has them):
// `  ├─ /articles/a/index.html` (no line end), then ` (+12ms) ` when rendered, or ` (cached)` or
// ` (restored)` when taken from its incremental cache.
const PAGE = /^\s+[├└]─ (\/\S*)$/;
const FROM_CACHE = /^ \((?:cached|restored)\)$/;
const RENDER_TIME = /^ \(\+[\d.]+m?s\)/;
const DONE = /Completed in /;

const count = new Intl.NumberFormat('en');

/** The log destination Astro loads from `logger.entrypoint`: Astro's Node.js log, condensed. */
export default function buildLog(options: BuildLogOptions = {}): AstroLoggerDestination {
	return condensePageLines(nodeLog({ level: options.level ?? 'debug' }));
}

/**
 * `out` with the pages' lines condensed (see above); `now` is the clock of the progress lines.
 */
export function condensePageLines(
	out: AstroLoggerDestination,
	now: () => number = () => performance.now(),
): AstroLoggerDestination {
	let verbose = false;
	/** The page whose line Astro began and has not yet said whether it comes from the cache. */
	let pending: string | undefined;
	let rendered: string[] = [];
	let cached = 0;
	let lastProgress: number | undefined;

	const info = (message: string) => {
		out.write({ label: 'build', level: 'info', message, newLine: true });
	};
	const tally = () =>
		`${count.format(rendered.length + cached)} pages and feeds: ${count.format(rendered.length)} rendered, ${count.format(cached)} from the cache`;
	const settle = () => {
		if (pending !== undefined) rendered.push(pending);
		pending = undefined;
	};

	const progress = () => {
		const time = now();
		// The first page starts the clock: the first line comes a few seconds into the pages.
		lastProgress ??= time;
		if (time - lastProgress < PROGRESS_EVERY_MS) return;
		lastProgress = time;
		info(`${tally()} so far`);
	};

	return {
		write(event) {
			if (event.level === 'debug') verbose = true;
			if (verbose) {
				out.write(event);
				return;
			}
			const text = stripVTControlCharacters(event.message);
			const page = event.newLine ? undefined : PAGE.exec(text)?.[1];
			if (page !== undefined) {
				settle();
				pending = page;
				progress();
				return;
			}
			// Astro says a page comes from the cache right after its line; anything else means the
			// page is being rendered.
			if (pending !== undefined && event.label === 'SKIP_FORMAT' && FROM_CACHE.test(text)) {
				pending = undefined;
				cached += 1;
				progress();
				return;
			}
			settle();
			if (
				event.label === 'SKIP_FORMAT' &&
				RENDER_TIME.test(text) &&
				!text.includes('not created')
			) {
				progress();
				return;
			}
			if (DONE.test(text) && rendered.length + cached > 0) {
				info(tally());
				if (rendered.length <= LIST_AT_MOST)
					for (const path of rendered.sort()) info(`  rendered ${path}`);
				rendered = [];
				cached = 0;
			}
			out.write(event);
		},
		flush: () => out.flush?.(),
		close: () => out.close?.(),
	};
}

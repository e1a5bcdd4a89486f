import type { AstroLoggerMessage } from 'astro';
import { describe, expect, it } from 'vitest';
import { condensePageLines } from '../../../src/integrations/build-log.ts';

/** Astro's log events for one page, as `generate.js` writes them. */
const pageLine = (path: string, colour = false): AstroLoggerMessage => ({
	label: null,
	level: 'info',
	message: colour ? `  \u001b[34m├─\u001b[39m \u001b[2m${path}\u001b[22m` : `  ├─ ${path}`,
	newLine: false,
});
const skip = (message: string): AstroLoggerMessage => ({
	label: 'SKIP_FORMAT',
	level: 'info',
	message,
	newLine: true,
});
const rendered = (path: string) => [pageLine(path), skip(' (+12ms) ')];
const cached = (path: string) => [pageLine(path), skip(' (cached)')];
const done = (): AstroLoggerMessage => ({
	label: null,
	level: 'info',
	message: '\u001b[32m✓ Completed in 42.00s.\u001b[39m\n',
	newLine: true,
});

/** What the condensed log writes for `events`, one string a line; `clock` gives each `now()`. */
function condensed(events: readonly AstroLoggerMessage[], clock: () => number = () => 0): string[] {
	const written: string[] = [];
	const log = condensePageLines(
		{ write: (event) => written.push(`${event.label ?? ''}|${event.message}`) },
		clock,
	);
	for (const event of events) log.write(event);
	return written;
}

describe('the build log', () => {
	it("writes no page's own line, then the totals and the pages that were rendered", () => {
		const out = condensed([
			...cached('/articles/a/index.html'),
			...rendered('/404.html'),
			...cached('/articles/b/index.html'),
			// Eight render at once: a page's line and its time need not be neighbours.
			pageLine('/robots.txt'),
			pageLine('/authors/index.html'),
			skip(' (+3ms) '),
			skip(' (+5ms) '),
			done(),
		]);
		expect(out).toEqual([
			'build|5 pages and feeds: 3 rendered, 2 from the cache',
			'build|  rendered /404.html',
			'build|  rendered /authors/index.html',
			'build|  rendered /robots.txt',
			`|${done().message}`,
		]);
	});

	it('recognizes the lines with their colours, and a restored page as from the cache', () => {
		const out = condensed([pageLine('/a/', true), skip(' \u001b[32m(restored)\u001b[39m'), done()]);
		expect(out[0]).toBe('build|1 pages and feeds: 0 rendered, 1 from the cache');
	});

	it('says how far it is every two seconds, starting from the first page', () => {
		let time = 10_000;
		const events = Array.from({ length: 6 }, (_, index) => cached(`/p${String(index)}/`)).flat();
		const out = condensed(events, () => {
			time += 500;
			return time;
		});
		// A reading of the clock for each of the twelve events, half a second apart: a line two and
		// four seconds after the first page.
		expect(out).toEqual([
			'build|2 pages and feeds: 0 rendered, 2 from the cache so far',
			'build|4 pages and feeds: 0 rendered, 4 from the cache so far',
		]);
	});

	it('passes every other line through, in order, and counts a page whose line it interrupts as rendered', () => {
		const warning: AstroLoggerMessage = {
			label: 'build',
			level: 'warn',
			message: 'a warning',
			newLine: true,
		};
		const out = condensed([pageLine('/a/'), warning, skip(' (+2ms) '), done()]);
		expect(out).toEqual([
			'build|a warning',
			'build|1 pages and feeds: 1 rendered, 0 from the cache',
			'build|  rendered /a/',
			`|${done().message}`,
		]);
	});

	it('lists the rendered pages by name only when they are few', () => {
		const out = condensed([
			...Array.from({ length: 51 }, (_, index) => rendered(`/p${String(index)}/`)).flat(),
			done(),
		]);
		expect(out).toEqual([
			'build|51 pages and feeds: 51 rendered, 0 from the cache',
			`|${done().message}`,
		]);
	});

	it('writes every line as Astro does with --verbose', () => {
		const debug: AstroLoggerMessage = {
			label: 'vite',
			level: 'debug',
			message: 'x',
			newLine: true,
		};
		const events = [debug, ...rendered('/a/'), done()];
		expect(condensed(events)).toEqual(
			events.map((event) => `${event.label ?? ''}|${event.message}`),
		);
	});

	it("keeps Astro's word that a page's body was empty, and lists the page", () => {
		const empty = skip(' (+1ms) (file not created, response body was empty)');
		const out = condensed([pageLine('/empty/'), empty, done()]);
		expect(out).toEqual([
			`SKIP_FORMAT|${empty.message}`,
			'build|1 pages and feeds: 1 rendered, 0 from the cache',
			'build|  rendered /empty/',
			`|${done().message}`,
		]);
	});
});

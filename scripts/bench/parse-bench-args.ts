/** The command line of `npm run bench`. Pure: no I/O here. */
import { parseArgs } from 'node:util';

/** How `npm run bench` was asked to run. */
export interface BenchArgs {
	/** Corpus sizes in articles, in the order given (default 1000 and 10000). */
	sizes: number[];
	/** Whether to build the corpus with Hugo and Eleventy too, where installed (`--no-peers`). */
	peers: boolean;
	/** Only the cold build of ours, then the peers (`--cold-only`). */
	coldOnly: boolean;
	/** Check the targets after the table and exit 1 when one fails (`--check`). */
	check: boolean;
	/**
	 * How many times each warm build runs (`--repeat`, 3 by default); its row gives the median
	 * run and the spread. The cold build and the peers run once.
	 */
	repeat: number;
}

/** The usage line, printed with a usage error. */
export const BENCH_USAGE =
	'usage: npm run bench -- [--sizes 1000,10000] [--repeat 3] [--cold-only] [--no-peers] [--check]';

/** Reads the bench's arguments; throws with `BENCH_USAGE` on an unknown flag or a bad size. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
	let values;
	try {
		({ values } = parseArgs({
			args: [...argv],
			options: {
				sizes: { type: 'string', default: '1000,10000' },
				'no-peers': { type: 'boolean', default: false },
				'cold-only': { type: 'boolean', default: false },
				check: { type: 'boolean', default: false },
				repeat: { type: 'string', default: '3' },
			},
			strict: true,
			allowPositionals: false,
		}));
	} catch (error) {
		throw new Error(`${(error as Error).message}\n${BENCH_USAGE}`, { cause: error });
	}
	const sizes = values.sizes.split(',').map((size) => size.trim());
	if (sizes.some((size) => !/^[1-9]\d*$/.test(size))) {
		throw new Error(
			`--sizes takes a comma-separated list of article counts, such as 1000,10000; found "${values.sizes}"\n${BENCH_USAGE}`,
		);
	}
	const counts = sizes.map(Number);
	if (new Set(counts).size !== counts.length) {
		throw new Error(`--sizes names a size twice: "${values.sizes}"\n${BENCH_USAGE}`);
	}
	if (!/^[1-9]\d*$/.test(values.repeat)) {
		throw new Error(
			`--repeat takes how many times each warm build runs, such as 3; found "${values.repeat}"\n${BENCH_USAGE}`,
		);
	}
	return {
		sizes: counts,
		repeat: Number(values.repeat),
		peers: !values['no-peers'],
		coldOnly: values['cold-only'],
		check: values.check,
	};
}

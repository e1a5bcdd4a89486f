import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../scripts/bench/parse-bench-args.ts';

describe('parseBenchArgs', () => {
	it('defaults to 1,000 and 10,000 articles, every build, warm ones three times, the peers, no check', () => {
		expect(parseBenchArgs([])).toEqual({
			sizes: [1000, 10000],
			peers: true,
			coldOnly: false,
			check: false,
			repeat: 3,
		});
	});

	it('reads sizes in the order given, and each flag', () => {
		expect(
			parseBenchArgs(['--sizes', '50000', '--cold-only', '--no-peers', '--check', '--repeat', '1']),
		).toEqual({
			sizes: [50000],
			peers: false,
			coldOnly: true,
			check: true,
			repeat: 1,
		});
		expect(parseBenchArgs(['--sizes=10000, 300']).sizes).toEqual([10000, 300]);
	});

	it.each([
		[
			'a size that is not a whole number',
			['--sizes', '1e4'],
			/--sizes takes a comma-separated list/,
		],
		['a size of zero', ['--sizes', '0,100'], /--sizes takes a comma-separated list/],
		['an empty size', ['--sizes', '100,'], /--sizes takes a comma-separated list/],
		['a size named twice', ['--sizes', '300,300'], /names a size twice/],
		['no repeat at all', ['--repeat', '0'], /--repeat takes how many times/],
		['a repeat that is not a count', ['--repeat', 'three'], /--repeat takes how many times/],
		['an unknown flag', ['--cold'], /Unknown option '--cold'[\s\S]*usage: npm run bench/],
		['a positional argument', ['300'], /usage: npm run bench/],
	])('rejects %s, with the usage', (_, argv, message) => {
		expect(() => parseBenchArgs(argv)).toThrow(message);
	});
});

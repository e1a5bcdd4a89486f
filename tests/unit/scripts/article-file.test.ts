import { afterEach, describe, expect, it, vi } from 'vitest';
import { oneArgument } from '../../../scripts/lib/article-file.ts';

const USAGE = 'Usage: npm run update -- <slug>';

describe('oneArgument', () => {
	afterEach(() => vi.restoreAllMocks());

	it('gives the one thing a command line names, with its flags', () => {
		expect(oneArgument({ values: { key: true }, positionals: ['gate-breached'] }, USAGE)).toEqual({
			values: { key: true },
			argument: 'gate-breached',
		});
	});

	it('prints the usage and gives nothing when the command line names nothing or two things', () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		expect(oneArgument({ values: {}, positionals: [] }, USAGE)).toBeUndefined();
		expect(oneArgument({ values: {}, positionals: ['a', 'b'] }, USAGE)).toBeUndefined();
		expect(error.mock.calls).toEqual([[USAGE], [USAGE]]);
	});

	it('gives nothing, printing nothing more, when the command line could not be read', () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		expect(oneArgument(undefined, USAGE)).toBeUndefined();
		expect(error).not.toHaveBeenCalled();
	});
});

import { describe, expect, it } from 'vitest';
import {
	DATE_EXPECTED,
	dateTimeInputProblem,
	offsetMs,
	resolveDate,
} from '../../../src/lib/core/dates.ts';

describe('resolveDate', () => {
	it('counts a calendar date from its midnight in the zone', () => {
		expect(resolveDate('2019-12-31', 'UTC').epochMs).toBe(Date.UTC(2019, 11, 31));
		expect(resolveDate('2019-12-31', 'America/New_York').epochMs).toBe(Date.UTC(2019, 11, 31, 5));
	});

	it('finds midnight on a day the clocks change', () => {
		// Europe/London moved to summer time at 01:00 on 31 March 2024: midnight was still GMT.
		expect(resolveDate('2024-03-31', 'Europe/London').epochMs).toBe(Date.UTC(2024, 2, 31));
		expect(resolveDate('2024-04-01', 'Europe/London').epochMs).toBe(Date.UTC(2024, 2, 31, 23));
	});

	it('keeps a date-time as written', () => {
		expect(resolveDate('2019-12-31T14:05:00+03:00', 'UTC')).toEqual({
			iso: '2019-12-31T14:05:00+03:00',
			hasTime: true,
			epochMs: Date.UTC(2019, 11, 31, 11, 5),
		});
	});
});

describe('offsetMs', () => {
	it('gives the zone offset at an instant', () => {
		expect(offsetMs(Date.UTC(2024, 0, 1), 'Asia/Baghdad')).toBe(3 * 3600_000);
	});
});

describe('dateTimeInputProblem', () => {
	it('accepts a date-time with an offset', () => {
		expect(dateTimeInputProblem('2019-12-31T14:05:00+03:00')).toBeUndefined();
	});

	it('refuses a calendar date: a moment is needed', () => {
		expect(dateTimeInputProblem('2019-12-31')).toBe(
			'expected a date-time with an offset (2019-12-31T14:05:00+03:00), not a calendar date',
		);
	});

	it('gives what is no date at all the rule every date follows, and no more', () => {
		expect(dateTimeInputProblem('31/12/2019')).toBe(DATE_EXPECTED);
		expect(dateTimeInputProblem('2019-12-31T14:05')).toMatch(/offset.*ambiguous/);
	});
});

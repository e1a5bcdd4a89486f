/**
 * The instant this build runs at, fixed once so every page agrees on what is scheduled.
 * `BUILD_TIME` (ISO 8601) pins it, for reproducible builds and tests.
 */
export const BUILD_TIME: number = process.env['BUILD_TIME']
	? Date.parse(process.env['BUILD_TIME'])
	: Date.now();

import { describe, expect, it } from 'vitest';
import { isWebUrl } from '../../../src/lib/core/web-url.ts';

describe('isWebUrl', () => {
	it.each(['https://example.com/post/1', 'http://example.com'])('accepts %s', (url) => {
		expect(isWebUrl(url)).toBe(true);
	});

	it.each(['javascript:alert(1)', 'mailto:a@example.com', 'ftp://example.com', '/post/1', ''])(
		'refuses %s',
		(url) => {
			expect(isWebUrl(url)).toBe(false);
		},
	);
});

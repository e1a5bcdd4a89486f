import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, ROOT_BUILD } from '../helpers/shared/paths.ts';

/** The `Name: value` lines under `/*` in a Netlify/Cloudflare `_headers` file. */
function headersFile(text: string): Map<string, string> {
	const lines = text.split('\n').filter((line) => /^\s+\S+:/.test(line));
	return new Map(
		lines.map(
			(line) =>
				line
					.trim()
					.split(/:\s(.*)/s)
					.slice(0, 2) as [string, string],
		),
	);
}

/** The `add_header Name "value" always;` lines of the nginx security block in docs/deploying.md. */
function nginxHeaders(readme: string): Map<string, string> {
	const lines = [...readme.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)];
	return new Map(lines.map((match) => [match[1] ?? '', match[2] ?? '']));
}

describe('the security headers for hosts', () => {
	const built = headersFile(readFileSync(join(ROOT_BUILD.outDir, '_headers'), 'utf8'));

	it('ship in dist/_headers for Netlify and Cloudflare Pages', () => {
		expect([...built.keys()]).toEqual([
			'Content-Security-Policy',
			'X-Content-Type-Options',
			'Referrer-Policy',
			'Permissions-Policy',
			'Cross-Origin-Opener-Policy',
		]);
		expect(built.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
		expect(built.get('X-Content-Type-Options')).toBe('nosniff');
	});

	it('say the same as the nginx block in docs/deploying.md', () => {
		expect(nginxHeaders(readFileSync(join(ROOT, 'docs/deploying.md'), 'utf8'))).toEqual(built);
	});
});

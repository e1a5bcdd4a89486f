import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { cspDigestsOnce, withMemo } from '../../../src/integrations/csp-digests.ts';
import { ROOT, TMP } from '../../helpers/shared/paths.ts';

type DigestModule = {
	generateCspDigest: (data: string, algorithm: string) => Promise<string>;
};

// Astro's own module, and the same module as the plugin makes it, each imported by Node. The
// copy sits in the project (so that its packages resolve from there) with its one relative import
// pointed back at Astro's folder.
const ENCRYPTION = join(ROOT, 'node_modules/astro/dist/core/encryption.js');
const astroCode = readFileSync(ENCRYPTION, 'utf8');
mkdirSync(TMP, { recursive: true });
const scratch = mkdtempSync(join(TMP, 'csp-digests-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const memoFile = join(scratch, 'encryption.mjs');
writeFileSync(
	memoFile,
	withMemo(astroCode).replace(
		'"./csp/config.js"',
		JSON.stringify(pathToFileURL(join(ROOT, 'node_modules/astro/dist/core/csp/config.js')).href),
	),
);
const astro = (await import(pathToFileURL(ENCRYPTION).href)) as DigestModule;
const memo = (await import(pathToFileURL(memoFile).href)) as DigestModule;

/** The plugin's transform hook, called as Vite would, with `warn` collected. */
function transform(code: string, id: string) {
	const warnings: string[] = [];
	const hook = cspDigestsOnce().transform as Exclude<Plugin['transform'], object | undefined>;
	const context = { warn: (message: string) => warnings.push(message) };
	const result = (hook as (this: typeof context, code: string, id: string) => unknown).call(
		context,
		code,
		id,
	);
	return { result, warnings };
}

afterEach(() => vi.restoreAllMocks());

describe('the policy digests, computed once', () => {
	it.each(['SHA-256', 'SHA-384', 'SHA-512'])(
		'are the digests Astro computes (%s)',
		async (algorithm) => {
			for (const text of ['', 'body{color:red}', 'é'.repeat(20_000), 'console.log(1)']) {
				expect(await memo.generateCspDigest(text, algorithm)).toBe(
					await astro.generateCspDigest(text, algorithm),
				);
			}
		},
	);

	it('computes the digest of a text once, however many pages ask for it', async () => {
		const digest = vi.spyOn(globalThis.crypto.subtle, 'digest');
		const css = `main{margin:0 auto}${'a{}'.repeat(5000)}`;
		const digests = await Promise.all(
			Array.from({ length: 50 }, () => memo.generateCspDigest(css, 'SHA-256')),
		);
		expect(new Set(digests).size).toBe(1);
		expect(digest).toHaveBeenCalledTimes(1);
		await memo.generateCspDigest(`${css} `, 'SHA-256');
		expect(digest).toHaveBeenCalledTimes(2);
	});

	it('wraps only Astro’s module, and leaves it as it is, with a warning, when it has changed', () => {
		const other = transform(astroCode, '/project/src/encryption.js');
		expect(other).toEqual({ result: undefined, warnings: [] });
		const found = transform(astroCode, `${ENCRYPTION}?v=123`);
		expect(found.warnings).toEqual([]);
		expect(found.result).toEqual({ code: withMemo(astroCode), map: null });
		const renamed = astroCode.replace('generateCspDigest(data', 'generateCspDigest(text');
		const changed = transform(renamed, ENCRYPTION);
		expect(changed.result).toBeUndefined();
		expect(changed.warnings).toEqual([expect.stringContaining('are hashed again')]);
	});
});

import type { Plugin } from 'vite';

/**
 * A Vite plugin that makes Astro hash each inline style and script of the Content Security
 * Policy once a build, not once a page.
 *
 * Astro puts a hash of every inline style and script of a page into the page's policy, and
 * computes it again for every page (`createResult` in `astro/dist/core/fetch/fetch-state.js`
 * calls `generateCspDigest` for each). Every article page inlines the same 15 kB of CSS: at
 * 10,000 articles, the same hash was computed 14,000 times, which took 3.4 s of the thread that
 * renders pages in a cold build (CPU profile of 2026-12-03). A digest depends on nothing but its
 * text and algorithm, so this plugin wraps Astro's function, where Vite bundles it into the
 * build's code, with a small map from text to digest.
 *
 * Written by hand: Astro has no setting for it. When Astro's code no longer has the function as
 * this plugin expects it, the plugin warns and leaves the code as it is (the build is then as
 * fast as Astro makes it, and as correct).
 */
export function cspDigestsOnce(): Plugin {
	return {
		name: 'csp-digests-once',
		transform(code, id) {
			if (!ASTRO_ENCRYPTION.test(id.replace(/\?.*$/, ''))) return undefined;
			if (!code.includes(ORIGINAL)) {
				this.warn(
					`${id} has no "${ORIGINAL}": each page's inline styles are hashed again (see src/integrations/csp-digests.ts)`,
				);
				return undefined;
			}
			return { code: withMemo(code), map: null };
		},
	};
}

/** Astro's module that computes the policy's digests, wherever the package is installed. */
const ASTRO_ENCRYPTION = /[\\/]astro[\\/]dist[\\/]core[\\/]encryption\.js$/;

/** Astro's function, as Astro 7 writes it. */
const ORIGINAL = 'async function generateCspDigest(data, algorithm) {';

/** At most this many texts are remembered for each algorithm; then the map starts again. */
const REMEMBERED = 64;

/**
 * `code` (Astro's `encryption.js`) with its `generateCspDigest` renamed and a function of that
 * name in its place that computes each text's digest once: what its module exports.
 */
export function withMemo(code: string): string {
	return `${code.replace(ORIGINAL, 'async function generateCspDigestOfText(data, algorithm) {')}
// Added by csp-digests-once (src/integrations/csp-digests.ts): one digest for each text.
const cspDigestsByAlgorithm = new Map();
function generateCspDigest(data, algorithm) {
  let digests = cspDigestsByAlgorithm.get(algorithm);
  if (digests === undefined) {
    digests = new Map();
    cspDigestsByAlgorithm.set(algorithm, digests);
  }
  let digest = digests.get(data);
  if (digest === undefined) {
    if (digests.size >= ${String(REMEMBERED)}) digests.clear();
    digest = generateCspDigestOfText(data, algorithm);
    digests.set(data, digest);
    digest.catch(() => digests.delete(data));
  }
  return digest;
}
`;
}

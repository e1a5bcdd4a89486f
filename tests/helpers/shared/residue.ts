/**
 * Text that would be a video player's residue on the page: a long run of digits (the seed's
 * 13-digit video id) or a UUID (player and account ids). Ids may live in attributes; never in
 * text a reader sees.
 */
export const RESIDUE_PATTERNS: readonly RegExp[] = [
	/\b\d{9,}\b/,
	/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i,
];

/** Every residue-like match in `text`, with a little context around each. */
export function findResidue(text: string): string[] {
	return RESIDUE_PATTERNS.flatMap((pattern) => {
		const global = new RegExp(pattern.source, `${pattern.flags}g`);
		return [...text.matchAll(global)].map((match) => {
			const start = Math.max(0, match.index - 30);
			return `…${text.slice(start, match.index + match[0].length + 30)}…`;
		});
	});
}

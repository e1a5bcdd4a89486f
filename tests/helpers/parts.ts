import type { Part } from '../../src/lib/article/article-schema.ts';

/** The HTML runs of a lead or section, joined: what its page shows besides its blocks. */
export function htmlOf(holder: { parts: readonly Part[] } | undefined): string {
	return (holder?.parts ?? [])
		.flatMap((part) => (part.kind === 'html' ? [part.html] : []))
		.join('');
}

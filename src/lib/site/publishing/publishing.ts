import type { ArticleMeta } from '../../article/article-schema.ts';

/** Why an article is not (yet) public: a draft, or a `pubDate` after the build. */
export type HoldBack = 'draft' | 'scheduled';

/** Why `meta`'s article is held back from a production build made at `now`; `undefined` when it is public. */
export function holdBack(
	meta: Pick<ArticleMeta, 'draft' | 'pubDate'>,
	now: number,
): HoldBack | undefined {
	if (meta.draft) return 'draft';
	if (meta.pubDate.epochMs > now) return 'scheduled';
	return undefined;
}

/** The build log's sentence about held-back articles, or `undefined` when none is held back. */
export function holdBackSummary(reasons: readonly (HoldBack | undefined)[]): string | undefined {
	const drafts = reasons.filter((reason) => reason === 'draft').length;
	const scheduled = reasons.filter((reason) => reason === 'scheduled').length;
	if (drafts + scheduled === 0) return undefined;
	return `${drafts + scheduled} held back from production: ${drafts} draft${drafts === 1 ? '' : 's'} (draft: true), ${scheduled} scheduled (pubDate after this build)`;
}

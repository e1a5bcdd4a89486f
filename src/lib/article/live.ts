import type { ArticleProblem } from './article-error.ts';
import type { Article, LiveUpdate } from './article-schema.ts';

/**
 * The updates of a live article posted after `now` (the build's time), each a problem naming the
 * file, line and update: a time in the future is a typo (a wrong day, a wrong offset), and the page
 * would show it as already posted. A draft is not checked: it is not published.
 */
export function liveTimeProblems(
	article: {
		meta: Pick<Article['meta'], 'draft'>;
		live?: { updates: readonly Pick<LiveUpdate, 'time' | 'line'>[] } | undefined;
	},
	file: string,
	now: number,
): ArticleProblem[] {
	if (article.live === undefined || article.meta.draft) return [];
	return article.live.updates
		.filter((update) => update.time.epochMs > now)
		.map((update) => ({
			file,
			line: update.line,
			where: `:::update{time=${JSON.stringify(update.time.iso)}}`,
			expected: `expected a time not in the future (the build runs at ${new Date(now).toISOString()}): check its day and offset, or mark the article draft: true`,
			found: JSON.stringify(update.time.iso),
		}));
}

/** Lighthouse scores, summed up for the benchmark's table. Pure: no I/O here. */

/** The categories the benchmark asks Lighthouse for, in the table's order. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One of the benchmark's categories. */
export type Category = (typeof CATEGORIES)[number];

/** The parts of a Lighthouse result (LHR) the benchmark reads. */
export interface LighthouseResult {
	runtimeError?: { code: string; message: string };
	runWarnings?: string[];
	categories: Partial<
		Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>
	>;
	audits: Record<
		string,
		{
			id: string;
			title: string;
			score: number | null;
			displayValue?: string;
			numericValue?: number;
		}
	>;
}

/** One run's scores, 0 to 100, by category; `null` where Lighthouse gave none. */
export type RunScores = Record<Category, number | null>;

/** The scores of a run, as whole numbers from 0 to 100. */
export function runScores(result: LighthouseResult): RunScores {
	return Object.fromEntries(
		CATEGORIES.map((category) => {
			const score = result.categories[category]?.score;
			return [category, score === null || score === undefined ? null : Math.round(score * 100)];
		}),
	) as RunScores;
}

/** The median of `values` (the mean of the middle two for an even count); `null` for none. */
export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1
		? (sorted[middle] ?? null)
		: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The median score of each category over runs; a category missing from every run is `null`. */
export function medianScores(runs: readonly RunScores[]): RunScores {
	return Object.fromEntries(
		CATEGORIES.map((category) => [
			category,
			median(runs.map((run) => run[category]).filter((score) => score !== null)),
		]),
	) as RunScores;
}

/**
 * The audits that cost a category points in a run: weighted in the category, scored below 1.
 * Each line names the category, the audit and Lighthouse's figure for it.
 */
export function lostPoints(result: LighthouseResult): string[] {
	return CATEGORIES.flatMap((category) =>
		(result.categories[category]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0)
			.flatMap((ref) => {
				const audit = result.audits[ref.id];
				if (audit === undefined || audit.score === null || audit.score >= 1) return [];
				const figure = audit.displayValue === undefined ? '' : ` (${audit.displayValue})`;
				return [`${category}: ${audit.id} ${audit.score.toFixed(2)}${figure}`];
			}),
	);
}

/** A Markdown table: one row per page, the median of each category, and each run's scores. */
export function scoreTable(
	pages: readonly { path: string; runs: readonly RunScores[]; error?: string }[],
): string {
	const show = (score: number | null) => (score === null ? '–' : String(score));
	const header = `| page | ${CATEGORIES.join(' | ')} | runs (${CATEGORIES.map((category) => category.slice(0, 4)).join('/')}) |`;
	const rows = pages.map((page) => {
		if (page.error !== undefined)
			return `| ${page.path} | ${CATEGORIES.map(() => '–').join(' | ')} | ${page.error} |`;
		const medians = medianScores(page.runs);
		const runs = page.runs.map((run) =>
			CATEGORIES.map((category) => show(run[category])).join('/'),
		);
		return `| ${page.path} | ${CATEGORIES.map((category) => show(medians[category])).join(' | ')} | ${runs.join(', ')} |`;
	});
	return [header, `|---|${CATEGORIES.map(() => '---:|').join('')}---|`, ...rows].join('\n');
}

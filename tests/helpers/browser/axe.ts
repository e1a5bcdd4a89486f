import axe from 'axe-core';
import type { Page } from '@playwright/test';

/** The WCAG levels every page is held to: 2.0, 2.1 and 2.2, A and AA. */
const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One rule axe found broken, with the elements that break it. */
export type Violation = axe.Result;

/**
 * Axe's WCAG 2.2 AA violations on the document `page` shows now. Axe's source is put into the
 * document once (a later call on the same document, after a change of colour scheme say, runs
 * it again without reloading), and only violations come back. Written here rather than through
 * `@axe-core/playwright`: its `AxeBuilder` evaluates axe's 500 KB source twice per call (legacy
 * mode) or opens a blank page to merge frames' results (default), 1 to 2 s a call on a 2-core
 * machine where axe's own run takes 0.1 to 0.4 s; our pages have no frames (`frame-src 'none'`).
 * Page script evaluated this way is not subject to the page's Content Security Policy.
 */
export async function wcagViolations(page: Page): Promise<Violation[]> {
	const injected = await page.evaluate(() => 'axe' in window);
	if (!injected) await page.evaluate(axe.source);
	return page.evaluate(async (tags) => {
		const { axe: inPage } = window as unknown as { axe: typeof axe };
		const results = await inPage.run(document, {
			runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations'],
		});
		return results.violations;
	}, WCAG_AA_TAGS);
}

/** Axe's violations as a report a person can act on: rule, impact, and each element's failure. */
export function axeReport(violations: readonly Violation[]): string {
	return violations
		.map(
			(violation) =>
				`${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}\n` +
				violation.nodes
					.map(
						(node) =>
							`    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`,
					)
					.join('\n'),
		)
		.join('\n');
}

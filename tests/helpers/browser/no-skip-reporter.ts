import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Fails the run when CI is set and any test was skipped: in CI every browser test runs or the
 * build is red (style.md section 6).
 */
export default class NoSkipReporter implements Reporter {
	private readonly skipped: string[] = [];

	onTestEnd(test: TestCase, result: TestResult): void {
		if (result.status === 'skipped')
			this.skipped.push(test.titlePath().filter(Boolean).join(' › '));
	}

	onEnd(result: FullResult): Promise<{ status?: FullResult['status'] } | undefined> {
		if (!process.env['CI'] || this.skipped.length === 0) return Promise.resolve(undefined);
		console.error(
			`\nCI is set, so no browser test may skip; these did:\n${this.skipped.map((title) => `  - ${title}`).join('\n')}`,
		);
		return Promise.resolve({ status: result.status === 'passed' ? 'failed' : result.status });
	}

	printsToStdio(): boolean {
		return false;
	}
}

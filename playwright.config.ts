import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS } from './scripts/lib/chromium.ts';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CI = Boolean(process.env['CI']);

// No silent skip: without a browser the browser tier fails and says how to get one.
if (!existsSync(CHROMIUM)) {
	throw new Error(
		`Chromium was not found at ${CHROMIUM}. Run \`npm run setup:test\` to install Debian's chromium ` +
			'(or set CHROMIUM_PATH to another Chromium). Playwright never downloads a browser here.',
	);
}

export default defineConfig({
	testDir: 'tests/browser',
	testMatch: '**/*.spec.ts',
	outputDir: 'tests/.tmp/test-results',
	// Builds the fixture site, or reuses tests/.tmp/site/dist when it is newer than its sources.
	// Each worker then serves it on a free port (tests/helpers/browser/browser-fixtures.ts).
	globalSetup: './tests/helpers/browser/playwright-global-setup.ts',
	fullyParallel: true,
	forbidOnly: CI,
	retries: 0,
	workers: 2,
	timeout: 30_000,
	reporter: [['list'], ['./tests/helpers/browser/no-skip-reporter.ts']],
	use: {
		browserName: 'chromium',
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: CHROMIUM,
			args: [...CHROMIUM_FLAGS],
		},
	},
});

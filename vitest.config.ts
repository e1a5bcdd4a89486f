import { defineConfig } from 'vitest/config';

// Two projects, run one at a time by `npm run test:unit` and `npm run test:build`. Playwright's
// `*.spec.ts` files (tests/browser) match neither `include`, so vitest never collects them.
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
				},
			},
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					environment: 'node',
					// Builds the fixture site once (at the root and under a sub-path) before any file runs.
					globalSetup: ['tests/helpers/build-global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 180_000,
				},
			},
		],
	},
});

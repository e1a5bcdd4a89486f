import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

// Three projects, run one at a time by `npm run test:unit`, `test:components` and `test:build`.
// Playwright's `*.spec.ts` files (tests/browser) match no `include`, so vitest never collects them.
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
			// Astro's own Vite config (its compiler, `astro:assets`), so that `.astro` components render
			// through the Container API (`experimental_AstroContainer`), as pages would render them.
			getViteConfig({
				test: {
					name: 'components',
					include: ['tests/components/**/*.test.ts'],
					environment: 'node',
				},
			}),
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					environment: 'node',
					// Builds the fixture site once (at the root and under a sub-path) before any file runs.
					globalSetup: ['tests/helpers/build/build-global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 180_000,
				},
			},
		],
	},
});

// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
	globalIgnores([
		'dist/',
		'.astro/',
		'node_modules/',
		'content/',
		'public/',
		'playwright-report/',
		'test-results/',
		'tests/.tmp/',
		'.bench/',
	]),
	{
		languageOptions: { globals: { ...globals.node } },
	},
	{
		files: ['**/*.{js,mjs,cjs,ts,mts,cts,astro}'],
		extends: [js.configs.recommended],
	},
	{
		files: ['**/*.{ts,mts,cts}'],
		extends: [tseslint.configs.recommendedTypeChecked],
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
	},
	{
		// The type-aware rules need a TS program, which cannot read .astro files; the frontmatter
		// gets the syntax-only rules. Astro's parser (below) replaces the TS parser set here.
		files: ['**/*.astro'],
		extends: [tseslint.configs.recommended],
	},
	astro.configs.recommended,
	astro.configs['jsx-a11y-recommended'],
	{
		// set:html is allowed in exactly two components (style.md section 5).
		files: ['**/*.astro'],
		ignores: ['src/components/article/ArticleSection.astro', 'src/components/site/JsonLd.astro'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector: 'JSXAttribute[name.namespace.name="set"][name.name.name="html"]',
					message:
						'set:html is allowed only in ArticleSection.astro (sanitized pipeline output) and JsonLd.astro (escaped JSON).',
				},
			],
		},
	},
	{
		// src/lib is plain TypeScript that vitest runs without Astro (style.md section 1).
		files: ['src/lib/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^astro(:|/|$)',
							message:
								'src/lib stays free of Astro: pass data in from src/loaders or src/pages instead.',
						},
					],
				},
			],
		},
	},
]);

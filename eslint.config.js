// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import importX from 'eslint-plugin-import-x';
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
		rules: {
			// `const { parts, ...rest } = x` is how an object is copied without a field.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
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
		// set:html is allowed in exactly two components (style.md section 5): the one that renders
		// the pipeline's sanitized HTML parts (body runs and the author's text inside blocks), and
		// JsonLd.
		files: ['**/*.astro'],
		ignores: ['src/components/article/SanitizedHtml.astro', 'src/components/site/JsonLd.astro'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector: 'JSXAttribute[name.namespace.name="set"][name.name.name="html"]',
					message:
						'set:html is allowed only in SanitizedHtml.astro (sanitized pipeline output) and JsonLd.astro (escaped JSON).',
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
	{
		// The layers of src/lib, bottom to top; imports point down only (README "Project structure"):
		// core (language, dates, slugs, words) <- article (schemas, front matter, errors)
		// <- markdown (the unified chain) <- pipeline (parseArticle); site (pages' logic) sits on
		// core and article and never reaches into the pipeline.
		files: ['src/**/*.{ts,astro}', 'scripts/**/*.ts'],
		plugins: { 'import-x': importX },
		rules: {
			'import-x/no-restricted-paths': [
				'error',
				{
					zones: [
						{
							target: './src/lib/core',
							from: [
								'./src/lib/article',
								'./src/lib/markdown',
								'./src/lib/pipeline',
								'./src/lib/site',
							],
							message: 'core is the bottom layer of src/lib: it imports nothing of the project.',
						},
						{
							target: './src/lib/article',
							from: ['./src/lib/markdown', './src/lib/pipeline', './src/lib/site'],
							message: 'article (the model) imports only core.',
						},
						{
							target: './src/lib/markdown',
							from: ['./src/lib/pipeline', './src/lib/site'],
							message: 'markdown (the unified chain) imports only core and article.',
						},
						{
							target: './src/lib/pipeline',
							from: ['./src/lib/site'],
							message: 'the pipeline shapes articles; the site shows them, never the reverse.',
						},
						{
							target: './src/lib/site',
							from: ['./src/lib/markdown', './src/lib/pipeline'],
							message: 'site code reads parsed articles; it never runs the pipeline.',
						},
						{
							target: './src/lib',
							from: [
								'./src/loaders',
								'./src/pages',
								'./src/components',
								'./src/layouts',
								'./src/data',
								'./src/integrations',
							],
							message: 'src/lib is pure: the Astro side imports it, never the reverse.',
						},
						{
							target: './scripts',
							from: ['./tests'],
							message:
								'scripts are tools for publishers and developers; tests import them, not the reverse.',
						},
					],
				},
			],
			'import-x/no-cycle': ['error', { ignoreExternal: true }],
		},
	},
	{
		// What the build imports must be installed by `npm install --omit=dev`.
		files: ['src/**/*.{ts,astro}', 'astro.config.mjs', 'scripts/*.ts', 'scripts/lib/**/*.ts'],
		plugins: { 'import-x': importX },
		rules: {
			'import-x/no-extraneous-dependencies': [
				'error',
				{ devDependencies: false, includeTypes: false, packageDir: import.meta.dirname },
			],
		},
	},
]);

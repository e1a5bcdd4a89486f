import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteConfigSchema, siteConfig } from '../../../src/site.config.ts';

/** The config module loaded afresh with `PAGE_SIZE` set to `value`. */
async function withPageSize(value: string) {
	vi.stubEnv('PAGE_SIZE', value);
	vi.resetModules();
	return (await import('../../../src/site.config.ts')).siteConfig;
}

afterEach(() => {
	vi.unstubAllEnvs();
	vi.resetModules();
});

describe('site config', () => {
	it('takes the listing page size from PAGE_SIZE when set', async () => {
		expect((await withPageSize('3')).pageSize).toBe(3);
	});

	it('refuses a PAGE_SIZE that is not a positive whole number, naming it', async () => {
		await expect(withPageSize('0')).rejects.toThrow(
			'PAGE_SIZE: expected a positive whole number, found "0"',
		);
		await expect(withPageSize('ten')).rejects.toThrow(/PAGE_SIZE: .*found "ten"/);
	});

	it('refuses a navigation path that is not site-absolute with a trailing slash', () => {
		const result = SiteConfigSchema.safeParse({
			...siteConfig,
			navigation: [{ label: 'Topics', path: 'topics' }],
		});
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['navigation', 0, 'path']);
		expect(result.error?.issues[0]?.message).toMatch(/trailing slash/);
	});

	it('accepts its own settings, with links to the latest articles, topics and archive', () => {
		const paths = SiteConfigSchema.parse(siteConfig).navigation.map((item) => item.path);
		expect(paths).toEqual(expect.arrayContaining(['/', '/topics/', '/archive/']));
	});

	it('ships an English edition at the root and an Arabic one under /ar/', () => {
		expect(SiteConfigSchema.parse(siteConfig).editions.map((edition) => edition.lang)).toEqual([
			'en',
			'ar',
		]);
	});

	it('refuses an edition without interface strings, naming the first missing keys', () => {
		const result = SiteConfigSchema.safeParse({
			...siteConfig,
			editions: [
				...siteConfig.editions,
				{
					lang: 'fr',
					description: 'Des nouvelles.',
					navigation: [{ label: 'Dernières', path: '/fr/' }],
				},
			],
		});
		expect(result.error?.issues[0]?.path).toEqual(['editions', 2, 'lang']);
		expect(result.error?.issues[0]?.message).toMatch(
			/^expected interface strings in "fr" \(src\/lib\/site\/i18n\/strings.ts\), missing "\w+", "\w+", "\w+", "\w+", "\w+" and \d+ more$/,
		);
	});

	it('refuses a first edition that is not the default language, and an edition without its description', () => {
		const result = SiteConfigSchema.safeParse({
			...siteConfig,
			editions: [{ lang: 'ar' }, { lang: 'en' }],
		});
		expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
			'editions.0.lang',
			'editions.1.description',
			'editions.1.navigation',
		]);
	});
});

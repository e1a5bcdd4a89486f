import { describe, expect, it } from 'vitest';
import { ogLocale } from '../../../../src/lib/site/metadata/open-graph.ts';

describe('ogLocale', () => {
	it('writes language_TERRITORY, keeping a region the tag gives', () => {
		expect(ogLocale('pt-BR')).toBe('pt_BR');
		expect(ogLocale('en-GB')).toBe('en_GB');
	});

	it('adds the likeliest region to a bare language', () => {
		expect(ogLocale('en')).toBe('en_US');
		expect(ogLocale('ar')).toBe('ar_EG');
		expect(ogLocale('fr')).toBe('fr_FR');
	});
});

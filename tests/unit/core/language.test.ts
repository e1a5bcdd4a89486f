import { describe, expect, it } from 'vitest';
import { isLanguageTag, primaryLanguage, textDirection } from '../../../src/lib/core/language.ts';

describe('isLanguageTag', () => {
	it('accepts BCP 47 tags and refuses what is not one', () => {
		expect(['en', 'ar', 'pt-BR', 'zh-Hant-TW', 'ckb'].map(isLanguageTag)).toEqual([
			true,
			true,
			true,
			true,
			true,
		]);
		expect(['english', 'e', '', 'en_US', '12'].map(isLanguageTag)).toEqual([
			false,
			false,
			false,
			false,
			false,
		]);
	});
});

describe('primaryLanguage and textDirection', () => {
	it('reads the primary language of a tag, in lower case', () => {
		expect(primaryLanguage('pt-BR')).toBe('pt');
		expect(primaryLanguage('AR')).toBe('ar');
	});

	it('gives right to left for Arabic, Persian and Hebrew, left to right otherwise', () => {
		expect(['ar', 'fa-IR', 'he', 'en-GB', 'fr'].map(textDirection)).toEqual([
			'rtl',
			'rtl',
			'rtl',
			'ltr',
			'ltr',
		]);
	});
});

import { describe, expect, it } from 'vitest';
import BylineText from '../../src/components/article/BylineText.astro';
import LiveStatus from '../../src/components/article/LiveStatus.astro';
import TranslationNoteText from '../../src/components/article/TranslationNoteText.astro';
import { resolveDate } from '../../src/lib/core/dates.ts';
import { uiStrings } from '../../src/lib/site/i18n/strings.ts';
import { render, TEST_SITE } from '../helpers/components/render-component.ts';

const strings = uiStrings('en');
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('BylineText', () => {
	it('joins the names in the article’s language and links those with an author page', async () => {
		const page = await render(BylineText, {
			authors: [{ name: 'Jane Doe', href: '/authors/jane-doe/' }, { name: 'News desk' }],
			strings,
			articleLang: 'en',
		});
		expect(normalize(page.text)).toBe('By Jane Doe and News desk');
		expect(page.querySelectorAll('a[rel="author"]').map((a) => a.getAttribute('href'))).toEqual([
			'/authors/jane-doe/',
		]);
		expect(page.querySelectorAll('[class], style')).toEqual([]);
	});
});

describe('TranslationNoteText', () => {
	it('links the original with its language when its address is known', async () => {
		const page = await render(TranslationNoteText, {
			original: { lang: 'fr', title: 'Le marché', url: 'https://journal.example/fr/' },
			strings,
		});
		expect(normalize(page.text)).toBe('Translated from French: Le marché');
		const link = page.querySelector('a');
		expect(link?.getAttribute('hreflang')).toBe('fr');
		expect(link?.getAttribute('lang')).toBe('fr');
	});

	it('cites the original’s title when it has no address', async () => {
		const page = await render(TranslationNoteText, {
			original: { lang: 'fr', title: 'Le marché' },
			strings,
		});
		expect(page.querySelector('cite[lang="fr"]')?.text).toBe('Le marché');
		expect(page.querySelector('a')).toBeNull();
	});
});

describe('LiveStatus', () => {
	const at = (iso: string) => resolveDate(iso, TEST_SITE.timeZone);
	const props = (changes: Record<string, unknown>) => ({
		status: { lastUpdated: at('2019-12-31T11:05:00Z'), reloadHref: '/live/', feed: '/live.xml' },
		strings,
		lang: 'en',
		timeZone: TEST_SITE.timeZone,
		...changes,
	});

	it('marks running coverage with the class asked for and offers a reload link', async () => {
		const page = await render(LiveStatus, props({ badgeClass: 'live-badge' }));
		expect(page.querySelector('strong.live-badge')?.text.trim()).toBe('Live coverage');
		expect(page.querySelector('a[href="/live/"]')).not.toBeNull();
	});

	it('says when ended coverage ended, with no class and no reload link', async () => {
		const ended = at('2019-12-31T12:00:00Z');
		const page = await render(LiveStatus, props({ status: { ...props({}).status, ended } }));
		expect(page.querySelector('time')?.getAttribute('datetime')).toBe('2019-12-31T15:00:00+03:00');
		expect(page.querySelector('a[href="/live/"]')).toBeNull();
		expect(page.querySelectorAll('[class]')).toEqual([]);
	});
});

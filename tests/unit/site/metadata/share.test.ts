import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../../../src/lib/site/metadata/share.ts';

const URL_ = 'https://news.example/news/articles/a-b/';
const TITLE = 'Tom & Jerry: 100% #1? افتتاح مكتبة';

describe('shareLinks', () => {
	const links = shareLinks({ url: URL_, title: TITLE });
	const byService = new Map(links.map((link) => [link.service, new URL(link.href)]));

	it('offers X, Facebook, LinkedIn, WhatsApp, Bluesky, Telegram and email', () => {
		expect(links.map((link) => link.service)).toEqual([
			'X',
			'Facebook',
			'LinkedIn',
			'WhatsApp',
			'Bluesky',
			'Telegram',
			'email',
		]);
		expect(links.filter((link) => !link.external).map((link) => link.service)).toEqual(['email']);
	});

	it('sends each service the URL and title intact, however they are spelled', () => {
		const get = (service: string, key: string) => byService.get(service)?.searchParams.get(key);
		expect(get('X', 'url')).toBe(URL_);
		expect(get('X', 'text')).toBe(TITLE);
		expect(get('Facebook', 'u')).toBe(URL_);
		expect(get('LinkedIn', 'url')).toBe(URL_);
		expect(get('WhatsApp', 'text')).toBe(`${TITLE} ${URL_}`);
		expect(get('Bluesky', 'text')).toBe(`${TITLE} ${URL_}`);
		expect(get('Telegram', 'url')).toBe(URL_);
		expect(get('Telegram', 'text')).toBe(TITLE);
	});

	it('uses https for every service and never leaves a raw space, "&" or "#" in a value', () => {
		for (const link of links.filter((candidate) => candidate.external)) {
			expect(link.href).toMatch(/^https:\/\//);
			expect(link.href).not.toMatch(/[ #]/);
			expect(new URL(link.href).hash).toBe('');
		}
	});

	it('writes a mailto: with the headline as subject and the URL as body, spaces as %20', () => {
		const mail = links.find((link) => link.service === 'email')?.href ?? '';
		expect(mail).toMatch(/^mailto:\?subject=/);
		expect(mail).not.toContain('+');
		const params = new URLSearchParams(mail.slice('mailto:?'.length));
		expect(params.get('subject')).toBe(TITLE);
		expect(params.get('body')).toBe(URL_);
	});
});

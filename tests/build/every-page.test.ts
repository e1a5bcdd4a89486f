import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { publishedFixtureArticles } from '../helpers/build/fixture-articles.ts';
import { ROOT_BUILD } from '../helpers/shared/paths.ts';
import { listPages, parsePage } from '../helpers/shared/site-pages.ts';

const pages = listPages(ROOT_BUILD.outDir);
// Every fixture article a build publishes (drafts and scheduled ones left out), by slug.
const fixtureSlugs = publishedFixtureArticles()
	.map((article) => article.slug)
	.sort();

/** Elements a keyboard user can Tab to, in document order. */
function focusable(doc: HTMLElement): HTMLElement[] {
	return doc.querySelectorAll('*').filter((element) => {
		const tag = element.tagName.toLowerCase();
		const tabindex = element.getAttribute('tabindex');
		if (tabindex !== undefined && Number(tabindex) < 0) return false;
		if (element.hasAttribute('disabled') || element.closest('[hidden]')) return false;
		if (tabindex !== undefined) return true;
		if ((tag === 'a' || tag === 'area') && element.hasAttribute('href')) return true;
		if (tag === 'summary' || tag === 'iframe' || element.hasAttribute('contenteditable'))
			return true;
		if (tag === 'input') return element.getAttribute('type') !== 'hidden';
		return ['button', 'select', 'textarea'].includes(tag);
	});
}

describe('the built fixture site', () => {
	it('has a home page, a 404 page and a page per published fixture article (no draft, nothing scheduled)', () => {
		const paths = pages.map((page) => page.path);
		expect(paths).toContain('/');
		expect(paths).toContain('/404.html');
		expect(pages.filter((page) => page.isArticle).map((page) => page.slug)).toEqual(fixtureSlugs);
	});
});

describe.each(pages)('page $path', (page) => {
	const doc = parsePage(page);
	const html = doc.querySelector('html');

	it('has exactly one h1, and it has text', () => {
		const headings = doc.querySelectorAll('h1');
		expect(headings).toHaveLength(1);
		expect(headings[0]?.textContent.trim()).not.toBe('');
	});

	it('declares its language and direction on <html>', () => {
		expect(html?.getAttribute('lang')).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
		expect(html?.getAttribute('dir')).toMatch(/^(ltr|rtl)$/);
	});

	it('has a title and an absolute canonical URL', () => {
		expect(doc.querySelector('head > title')?.textContent.trim()).not.toBe('');
		const canonical = doc.querySelectorAll('link[rel=canonical]');
		expect(canonical).toHaveLength(1);
		expect(canonical[0]?.getAttribute('href')).toMatch(/^https?:\/\/[^/]+\//);
	});

	it('starts with a skip link to #main, and main#main can take focus', () => {
		const first = focusable(doc)[0];
		expect(first?.tagName).toBe('A');
		expect(first?.classList.contains('skip-link')).toBe(true);
		expect(first?.getAttribute('href')).toBe('#main');
		const mains = doc.querySelectorAll('main');
		expect(mains).toHaveLength(1);
		expect(mains[0]?.id).toBe('main');
		expect(mains[0]?.getAttribute('tabindex')).toBe('-1');
		expect(doc.querySelectorAll('[id=main]')).toHaveLength(1);
	});

	it('has a site header and footer outside main', () => {
		const outside = (tag: string) =>
			doc
				.querySelectorAll(tag)
				.filter((element) => !element.closest('main, article, aside, nav, section'));
		expect(outside('header')).toHaveLength(1);
		expect(outside('footer')).toHaveLength(1);
	});

	it("runs no script: every <script> is JSON-LD data, one where the page describes something (each edition's search page runs its own one)", () => {
		const types = doc
			.querySelectorAll('script')
			.map((script) => script.getAttribute('type') ?? '(no type)');
		const run = types.filter((type) => type !== 'application/ld+json');
		expect(run).toEqual(/^\/(ar\/)?search\/$/.test(page.path) ? ['module'] : []);
		// JSON-LD describes an article, the publisher (each edition's front page) or an author
		// (their pages).
		const describes =
			page.isArticle || /^\/(ar\/)?$/.test(page.path) || /^\/authors\/[^/]+\//.test(page.path);
		if (!describes) expect(types).toEqual(run);
		else expect(types.filter((type) => type === 'application/ld+json')).toHaveLength(1);
	});

	it('has no inline event handlers and no javascript: URLs', () => {
		const offenders = doc.querySelectorAll('*').flatMap((element) =>
			Object.entries(element.attributes)
				.filter(
					([name, value]) =>
						/^on/i.test(name) ||
						(/^(href|src|action|formaction|xlink:href)$/i.test(name) &&
							/^\s*javascript:/i.test(value)),
				)
				.map(([name, value]) => `<${element.tagName.toLowerCase()} ${name}="${value}">`),
		);
		expect(offenders).toEqual([]);
	});

	it('has unique ids', () => {
		const ids = doc.querySelectorAll('[id]').map((element) => element.id);
		expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
	});

	it('loads nothing from another origin and embeds no frame', () => {
		expect(doc.querySelectorAll('iframe, object, embed, frame')).toHaveLength(0);
		const loaded = doc
			.querySelectorAll(
				'link[href], img[src], source[src], source[srcset], video[src], audio[src], img[srcset]',
			)
			.filter(
				(element) =>
					element.tagName !== 'LINK' ||
					!/\b(canonical|alternate|author|license|me)\b/.test(element.getAttribute('rel') ?? ''),
			)
			.flatMap((element) => [
				element.getAttribute('href'),
				element.getAttribute('src'),
				element.getAttribute('srcset'),
			])
			.filter((url): url is string => url !== undefined && /^(https?:)?\/\//i.test(url.trim()));
		expect(loaded).toEqual([]);
	});
});

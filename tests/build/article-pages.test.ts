import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { ROOT_BUILD } from '../helpers/shared/paths.ts';
import { findResidue } from '../helpers/shared/residue.ts';
import {
	listPages,
	normalizeSpace,
	parsePage,
	readableText,
} from '../helpers/shared/site-pages.ts';

const articles = listPages(ROOT_BUILD.outDir).filter((page) => page.isArticle);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function isValidDatetime(value: string): boolean {
	if (DATE.test(value))
		return (
			!Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
			new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
		);
	return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

/** The page's JSON-LD objects. */
function jsonLd(doc: HTMLElement): Record<string, unknown>[] {
	return doc
		.querySelectorAll('script[type="application/ld+json"]')
		.map((script) => JSON.parse(script.textContent) as Record<string, unknown>);
}

describe.each(articles)('article page $path', (page) => {
	const doc = parsePage(page);
	const article = doc.querySelector('main article');
	const sections = doc.querySelectorAll('section.article-section');
	const sectionIds = sections.map(
		(section) => section.querySelector('h2')?.id ?? '(section without h2 id)',
	);

	it('has the headline, standfirst, byline, dateline, reading time and a lead', () => {
		expect(article).not.toBeNull();
		expect(article?.querySelectorAll('h1#article-title')).toHaveLength(1);
		expect(article?.querySelector('.standfirst')?.textContent.trim()).not.toBe('');
		expect(article?.querySelector('span.dateline')).not.toBeNull();
		expect(article?.querySelector('div.lead')?.textContent.trim()).not.toBe('');
		// The reading time is in the article's language ("3 min read", "مدة القراءة: 3 دقائق").
		expect(readableText(article!.querySelector('.reading-time')!)).not.toBe('');
	});

	it('gives every <time> a valid datetime: a date, or a date-time with offset', () => {
		const times = doc.querySelectorAll('time');
		expect(times.length).toBeGreaterThan(0);
		for (const time of times) {
			const datetime = time.getAttribute('datetime');
			expect(datetime, time.toString()).toBeDefined();
			expect(isValidDatetime(datetime ?? ''), `${time.toString()} has an invalid datetime`).toBe(
				true,
			);
			expect(time.textContent.trim(), `${time.toString()} is empty`).not.toBe('');
		}
	});

	it('lists every section in the table of contents, in order, by its id', () => {
		const tocHrefs = doc
			.querySelectorAll('nav.toc ol li a')
			.map((link) => link.getAttribute('href'));
		expect(tocHrefs).toEqual(sectionIds.map((id) => `#${id}`));
		if (sections.length > 0) {
			const toc = doc.querySelector('nav.toc');
			expect(toc?.getAttribute('aria-labelledby')).toBe('toc-title');
			expect(doc.querySelector('#toc-title')?.textContent.trim()).not.toBe('');
		}
	});

	it('labels each section by its h2 and gives the h2 an anchor link', () => {
		for (const [index, section] of sections.entries()) {
			const id = sectionIds[index] ?? '';
			expect(section.getAttribute('aria-labelledby')).toBe(id);
			expect(section.querySelectorAll('h2')).toHaveLength(1);
			expect(
				section.querySelectorAll(`a[href="#${id}"]`).length,
				`section ${id} has no link to #${id}`,
			).toBeGreaterThan(0);
		}
	});

	it('has JSON-LD that parses, with headline, datePublished, author and inLanguage', () => {
		const data = jsonLd(doc);
		expect(data).toHaveLength(1);
		// A "<" in the script text could close the element early; it must be escaped as \u003c.
		const raw = doc.querySelector('script[type="application/ld+json"]')?.innerHTML ?? '';
		expect(raw).not.toContain('<');
		const ld = data[0] ?? {};
		expect(ld['@context']).toMatch(/^https?:\/\/schema\.org\/?$/);
		// NewsArticle, or the subtype of the article's kind (analysis, opinion, explainer), or a
		// live article's LiveBlogPosting.
		expect(ld['@type']).toMatch(/^((Analysis|Opinion|Background)?NewsArticle|LiveBlogPosting)$/);
		// Both sides normalized: a headline may hold U+2028, which the h1's text collapses.
		expect(normalizeSpace(String(ld['headline']))).toBe(
			normalizeSpace(doc.querySelector('h1')?.textContent ?? ''),
		);
		expect(isValidDatetime(String(ld['datePublished']))).toBe(true);
		expect(ld['author']).toBeTruthy();
		expect(ld['inLanguage']).toBe(doc.querySelector('html')?.getAttribute('lang'));
	});

	it('shows no video player residue (long digit runs or UUIDs) in its text', () => {
		expect(findResidue(readableText(doc.querySelector('body')!))).toEqual([]);
	});

	it('renders every video as a facade: a figure with an https link, no frame', () => {
		expect(doc.querySelectorAll('iframe, video, object, embed')).toHaveLength(0);
		for (const figure of doc.querySelectorAll('figure.video-embed')) {
			const links = figure.querySelectorAll('a.video-embed-link');
			expect(links).toHaveLength(1);
			expect(links[0]?.getAttribute('href')).toMatch(/^https:\/\//);
			expect(readableText(links[0]!)).not.toBe('');
		}
	});
});

function articleDoc(slug: string): HTMLElement {
	const page = articles.find((candidate) => candidate.slug === slug);
	if (!page) throw new Error(`no built page for the fixture article ${slug}`);
	return parsePage(page);
}

describe('the article with a date-time, an update, corrections and two authors', () => {
	const doc = articleDoc('city-council-approves-river-bridge');
	const text = readableText(doc.querySelector('article')!);

	it('keeps the published and updated date-times with their offsets', () => {
		const datetimes = doc
			.querySelectorAll('article time')
			.map((time) => time.getAttribute('datetime'));
		expect(datetimes).toContain('2024-03-02T14:05:00+03:00');
		expect(datetimes).toContain('2024-03-03T09:30:00Z');
		const ld = jsonLd(doc)[0] ?? {};
		expect(Date.parse(String(ld['datePublished']))).toBe(Date.parse('2024-03-02T14:05:00+03:00'));
		expect(Date.parse(String(ld['dateModified']))).toBe(Date.parse('2024-03-03T09:30:00Z'));
	});

	it('names both authors and the dateline', () => {
		expect(text).toContain('Jane Doe');
		expect(text).toContain('Sam Lee');
		expect(doc.querySelector('span.dateline')?.textContent).toContain('Riverton');
		expect(JSON.stringify(jsonLd(doc)[0]?.['author'])).toMatch(/Jane Doe.*Sam Lee/);
	});

	it('shows the correction', () => {
		expect(text).toContain(
			'An earlier version of this article gave the vote as eight to five. It was seven to six.',
		);
	});

	it('keeps the subheading, list and quote inside their section', () => {
		const vote = doc.querySelector('section.article-section[aria-labelledby="the-vote"]');
		expect(vote?.querySelector('h3')?.textContent.trim()).toBe('Who voted for it');
		expect(vote?.querySelectorAll('ul li')).toHaveLength(3);
		expect(vote?.querySelector('blockquote')?.textContent).toContain(
			'This bridge has been promised for thirty years',
		);
	});

	it('turns the ::video directive into a facade inside its section', () => {
		const next = doc.querySelector('section.article-section[aria-labelledby="what-happens-next"]');
		const figures = next?.querySelectorAll('figure.video-embed') ?? [];
		expect(figures).toHaveLength(1);
		expect(figures[0]?.querySelector('a.video-embed-link')?.getAttribute('href')).toMatch(
			/^https:\/\/.*videoId=123\b/,
		);
		expect(doc.querySelectorAll('figure.video-embed')).toHaveLength(1);
		expect(text).not.toContain('::video');
	});

	it('keeps the relative link to the seed article', () => {
		const link = doc
			.querySelectorAll('div.lead a')
			.find((a) => a.textContent.includes('our report on the protests'));
		expect(link?.getAttribute('href')).toBe('../protesters-storm-us-embassy-in-baghdad/');
	});
});

describe('the Arabic article', () => {
	const doc = articleDoc('city-opens-new-public-library');

	it('is right to left, in Arabic', () => {
		expect(doc.querySelector('html')?.getAttribute('lang')).toBe('ar');
		expect(doc.querySelector('html')?.getAttribute('dir')).toBe('rtl');
	});

	it('has a lead, then two sections listed in the table of contents', () => {
		expect(readableText(doc.querySelector('div.lead')!)).toContain(
			'افتتح مجلس المدينة يوم السبت مكتبة عامة جديدة',
		);
		expect(doc.querySelectorAll('section.article-section h2').map((h2) => h2.id)).toEqual([
			'ساعات-العمل',
			'كيف-تستعير-كتابا',
		]);
		expect(doc.querySelectorAll('nav.toc a')).toHaveLength(2);
	});
});

describe('an English article with a lead only', () => {
	const doc = articleDoc('tram-fares-rise-in-april');

	it('has a lead, no sections and no table of contents', () => {
		expect(readableText(doc.querySelector('div.lead')!)).toContain('Tram fares in Riverton');
		expect(doc.querySelectorAll('section.article-section')).toHaveLength(0);
		expect(doc.querySelector('nav.toc')).toBeNull();
		expect(readableText(doc.querySelector('.reading-time')!)).toBe('1 min read');
	});
});

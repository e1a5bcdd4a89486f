import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	FIXTURE_ARTICLES,
	ROOT,
	ROOT_BUILD,
	SEED_FILE,
	SEED_SLUG,
} from '../helpers/shared/paths.ts';
import { findResidue } from '../helpers/shared/residue.ts';
import { seedHeadings, seedParagraphs } from './seed.ts';
import { listPages, parsePage, readableText } from '../helpers/shared/site-pages.ts';

const page = listPages(ROOT_BUILD.outDir).find((candidate) => candidate.slug === SEED_SLUG);
if (!page) throw new Error(`the fixture build has no page for the seed article (${SEED_SLUG})`);
const doc = parsePage(page);
const article = doc.querySelector('main article');
if (!article) throw new Error(`${page.rel} has no <article> in <main>`);
const text = readableText(article);

describe('the seed article page', () => {
	it('is built from an exact copy of content/articles/' + SEED_SLUG + '.md', () => {
		const copy = readFileSync(join(ROOT, FIXTURE_ARTICLES, `${SEED_SLUG}.md`), 'utf8');
		expect(copy, `copy ${SEED_FILE} to ${FIXTURE_ARTICLES}/`).toBe(readFileSync(SEED_FILE, 'utf8'));
	});

	it('keeps every paragraph of the seed word for word, in order', () => {
		const paragraphs = seedParagraphs();
		expect(paragraphs).toHaveLength(16);
		let from = 0;
		for (const paragraph of paragraphs) {
			const at = text.indexOf(paragraph, from);
			expect(at, `missing or out of order: "${paragraph}"`).toBeGreaterThanOrEqual(0);
			from = at + paragraph.length;
		}
	});

	it('has a lead of seven paragraphs, then the sections embassy-protection and reactions', () => {
		expect(article.querySelectorAll('div.lead p').length).toBeGreaterThanOrEqual(7);
		const headings = article.querySelectorAll('section.article-section h2');
		expect(headings.map((h2) => h2.id)).toEqual(['embassy-protection', 'reactions']);
		const titles = seedHeadings();
		expect(titles).toEqual(['Embassy protection', 'Reactions']);
		for (const [index, h2] of headings.entries()) expect(readableText(h2)).toContain(titles[index]);
	});

	it('is dated 31 December 2019', () => {
		expect(article.querySelectorAll('time').map((time) => time.getAttribute('datetime'))).toContain(
			'2019-12-31',
		);
	});

	it('notes that it is a translation from Arabic', () => {
		expect(text).toMatch(/Arabic/);
	});

	it('turns the player residue into one video facade in the lead, with an https link and no frame', () => {
		const figures = doc.querySelectorAll('figure.video-embed');
		expect(figures).toHaveLength(1);
		expect(figures[0]?.closest('div.lead')).not.toBeNull();
		const link = figures[0]?.querySelector('a.video-embed-link');
		expect(link?.getAttribute('href')).toMatch(/^https:\/\/[^/]+\/.*6118973598001/);
		expect(doc.querySelectorAll('iframe')).toHaveLength(0);
	});

	it('shows no line of digits or UUIDs anywhere in its text', () => {
		const bodyText = readableText(doc.querySelector('body')!);
		expect(findResidue(bodyText)).toEqual([]);
		expect(bodyText).not.toContain('6118973598001');
		expect(bodyText).not.toContain('45a05fc5-9b77-4e5d-880d-65cdd2926971');
		expect(bodyText).not.toContain('5286efed-e195-4567-b5e9-7bbfd07161ab');
	});
});

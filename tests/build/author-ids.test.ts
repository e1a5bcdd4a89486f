import { describe, expect, it } from 'vitest';
import { LAYOUT_IDS } from '../../src/lib/markdown/rehype-heading-ids.ts';
import { ROOT_BUILD } from '../helpers/shared/paths.ts';
import { listPages, parsePage } from '../helpers/shared/site-pages.ts';

const articles = listPages(ROOT_BUILD.outDir).filter((page) => page.isArticle);

describe.each(articles)('ids on $path', (page) => {
	const doc = parsePage(page);
	const ids = doc.querySelectorAll('[id]').map((element) => element.id);

	it('are unique', () => {
		expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
	});

	it('from the author keep the user-content- prefix; headings (ours) never take a layout id', () => {
		const content = doc.querySelectorAll('.lead [id], .article-section [id]');
		const headings = content.filter((element) => /^H[2-6]$/.test(element.tagName));
		// A figure's id (`photo.1`: src/lib/site/blocks/figure-ids.ts) is ours too: a dot never
		// occurs in a heading's id or in one from the author.
		const ours = (element: (typeof content)[number]) =>
			/^H[2-6]$/.test(element.tagName) ||
			(element.tagName === 'FIGURE' && /^photo\.\d+$/.test(element.id));
		const authored = content.filter((element) => !ours(element));
		expect(
			authored.map((element) => element.id).filter((id) => !id.startsWith('user-content-')),
		).toEqual([]);
		expect(headings.map((element) => element.id).filter((id) => LAYOUT_IDS.includes(id))).toEqual(
			[],
		);
		for (const element of doc.querySelectorAll('.lead [name], .article-section [name]')) {
			expect(element.getAttribute('name')).toMatch(/^user-content-/);
		}
	});
});

describe('the article whose author wrote layout ids', () => {
	const page = articles.find((article) => article.slug === 'council-website-flaw-fixed');
	const doc = page ? parsePage(page) : undefined;

	it('keeps the layout its own #main, #article-title and #toc-title', () => {
		for (const id of ['main', 'article-title', 'toc-title']) {
			expect(doc?.querySelectorAll(`[id="${id}"]`)).toHaveLength(1);
			expect(doc?.querySelector(`.lead [id="${id}"], .article-section [id="${id}"]`)).toBeNull();
		}
		expect(doc?.querySelector('#user-content-main')).not.toBeNull();
	});

	it('gives headings named like layout ids a numbered id instead', () => {
		expect(doc?.querySelector('.article-section h2')?.id).toBe('main-1');
		expect(doc?.querySelector('.article-section h3')?.id).toBe('content-1');
	});
});

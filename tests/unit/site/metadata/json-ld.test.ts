import { describe, expect, it } from 'vitest';
import type { Article, ArticleMeta } from '../../../../src/lib/article/article-schema.ts';
import { newsArticleJsonLd, serializeJsonLd } from '../../../../src/lib/site/metadata/json-ld.ts';

const CONTEXT = {
	siteUrl: 'https://news.example/',
	articleUrl: 'https://news.example/articles/a/',
	siteName: 'The Reader',
	images: [],
};

function article(meta: Partial<ArticleMeta> = {}): Article {
	return {
		slug: 'a',
		meta: {
			title: 'A headline',
			description: 'A standfirst.',
			pubDate: { iso: '2024-03-02', hasTime: false, epochMs: Date.UTC(2024, 2, 2) },
			authors: ['Jane Doe'],
			tags: [],
			lang: 'en',
			dir: 'ltr',
			corrections: [],
			draft: false,
			...meta,
		},
		lead: { parts: [{ kind: 'html', html: '<p>Text</p>' }], words: 1 },
		sections: [],
		words: 1,
		readingMinutes: 1,
		articleLinks: [],
		images: [],
		warnings: [],
	};
}

describe('newsArticleJsonLd', () => {
	it('gives headline, description, dates, author, publisher, language and the page', () => {
		expect(newsArticleJsonLd(article(), CONTEXT)).toEqual({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: 'A headline',
			description: 'A standfirst.',
			datePublished: '2024-03-02',
			dateModified: '2024-03-02',
			author: [{ '@type': 'Person', name: 'Jane Doe' }],
			inLanguage: 'en',
			mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://news.example/articles/a/' },
			url: 'https://news.example/articles/a/',
			publisher: { '@type': 'Organization', name: 'The Reader', url: 'https://news.example/' },
			wordCount: 1,
		});
	});

	it('takes dateModified from updatedDate when there is one', () => {
		const updated = { iso: '2024-03-03T09:30:00Z', hasTime: true, epochMs: 0 };
		expect(newsArticleJsonLd(article({ updatedDate: updated }), CONTEXT)).toMatchObject({
			datePublished: '2024-03-02',
			dateModified: '2024-03-03T09:30:00Z',
		});
	});

	it('makes a desk byline an Organization and a name a Person', () => {
		const ld = newsArticleJsonLd(article({ authors: ['News desk', 'Sam Lee', 'Staff'] }), CONTEXT);
		expect(ld['author']).toEqual([
			{ '@type': 'Organization', name: 'News desk' },
			{ '@type': 'Person', name: 'Sam Lee' },
			{ '@type': 'Organization', name: 'Staff' },
		]);
	});

	it('describes the original of a translation, with what the front matter gives', () => {
		const full = newsArticleJsonLd(
			article({ translatedFrom: { lang: 'fr', title: 'Le titre', url: 'https://x.example/fr/' } }),
			CONTEXT,
		);
		expect(full['translationOfWork']).toEqual({
			'@type': 'CreativeWork',
			inLanguage: 'fr',
			name: 'Le titre',
			url: 'https://x.example/fr/',
		});
		const bare = newsArticleJsonLd(article({ translatedFrom: { lang: 'ar' } }), CONTEXT);
		expect(bare['translationOfWork']).toEqual({ '@type': 'CreativeWork', inLanguage: 'ar' });
		expect(newsArticleJsonLd(article(), CONTEXT)).not.toHaveProperty('translationOfWork');
	});

	it('lists the images with their size, caption and rights, and keywords and dateline', () => {
		const ld = newsArticleJsonLd(
			article({
				hero: { src: './a.jpg', alt: 'Stalls', caption: 'The market', credit: 'Jane Doe' },
				tags: ['City', 'Markets'],
				dateline: 'Riverton',
			}),
			{
				...CONTEXT,
				images: [
					{
						url: 'https://news.example/_astro/a.jpg',
						width: 1200,
						height: 675,
						caption: 'The market',
						credit: 'Jane Doe',
					},
					{
						url: 'https://news.example/_astro/b.jpg',
						width: 800,
						height: 600,
						credit: 'Ana Ruiz/Agency',
						creator: 'Ana Ruiz',
						copyright: '© 2019 Agency',
					},
				],
			},
		);
		expect(ld['image']).toEqual([
			{
				'@type': 'ImageObject',
				url: 'https://news.example/_astro/a.jpg',
				contentUrl: 'https://news.example/_astro/a.jpg',
				width: 1200,
				height: 675,
				caption: 'The market',
				creditText: 'Jane Doe',
			},
			{
				'@type': 'ImageObject',
				url: 'https://news.example/_astro/b.jpg',
				contentUrl: 'https://news.example/_astro/b.jpg',
				width: 800,
				height: 600,
				creditText: 'Ana Ruiz/Agency',
				creator: { '@type': 'Person', name: 'Ana Ruiz' },
				copyrightNotice: '© 2019 Agency',
			},
		]);
		expect(ld['keywords']).toEqual(['City', 'Markets']);
		expect(ld['dateline']).toBe('Riverton');
	});

	it('leaves out an image the page does not have', () => {
		expect(newsArticleJsonLd(article(), CONTEXT)).not.toHaveProperty('image');
	});
});

describe('serializeJsonLd', () => {
	it('escapes "<", U+2028 and U+2029, and still parses to the same data', () => {
		const data = { headline: '</script><!-- a\u2028b\u2029c' };
		const text = serializeJsonLd(data);
		expect(text).not.toMatch(/[<\u2028\u2029]/);
		expect(text).toContain('\\u003c/script>');
		expect(JSON.parse(text)).toEqual(data);
	});
});

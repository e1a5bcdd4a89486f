import { describe, expect, it } from 'vitest';
import type { Article, ArticleMeta, Live } from '../../../../src/lib/article/article-schema.ts';
import {
	articleJsonLdType,
	liveBlogPostingJsonLd,
	newsArticleJsonLd,
	organizationJsonLd,
	profilePageJsonLd,
	serializeJsonLd,
	type NewsArticleContext,
	type PublisherContext,
} from '../../../../src/lib/site/metadata/json-ld.ts';

const PUBLISHER: PublisherContext = {
	name: 'The Reader',
	legalName: 'The Reader News Cooperative Ltd',
	url: 'https://news.example/',
	logo: { url: 'https://news.example/brand/logo.png', width: 512, height: 512 },
	pages: {
		publishingPrinciples: 'https://news.example/about/',
		masthead: 'https://news.example/masthead/',
		correctionsPolicy: 'https://news.example/corrections-policy/',
		ethicsPolicy: undefined,
	},
};

const DEFAULT_IMAGE = {
	url: 'https://news.example/_astro/preview.png',
	width: 1200,
	height: 630,
};

/** The default image as JSON-LD lists it. */
const DEFAULT_IMAGE_OBJECT = {
	'@type': 'ImageObject',
	url: 'https://news.example/_astro/preview.png',
	contentUrl: 'https://news.example/_astro/preview.png',
	width: 1200,
	height: 630,
};

const CONTEXT: NewsArticleContext = {
	articleUrl: 'https://news.example/articles/a/',
	publisher: PUBLISHER,
	images: [],
	defaultImage: DEFAULT_IMAGE,
};

const ORGANIZATION = {
	'@type': 'NewsMediaOrganization',
	name: 'The Reader',
	legalName: 'The Reader News Cooperative Ltd',
	url: 'https://news.example/',
	logo: {
		'@type': 'ImageObject',
		url: 'https://news.example/brand/logo.png',
		contentUrl: 'https://news.example/brand/logo.png',
		width: 512,
		height: 512,
	},
	publishingPrinciples: 'https://news.example/about/',
	masthead: 'https://news.example/masthead/',
	correctionsPolicy: 'https://news.example/corrections-policy/',
};

function article(meta: Partial<ArticleMeta> = {}): Article {
	return {
		slug: 'a',
		meta: {
			title: 'A headline',
			description: 'A standfirst.',
			type: 'news',
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
	it('gives headline, description, dates, author, image, publisher, language and the page', () => {
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
			image: [DEFAULT_IMAGE_OBJECT],
			publisher: ORGANIZATION,
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

	it('pairs a translation with its original on this site, naming the translator', () => {
		const original = {
			url: 'https://news.example/articles/asl/',
			title: 'العنوان',
			lang: 'ar',
			type: 'news' as const,
		};
		const ld = newsArticleJsonLd(
			article({ translatedFrom: { lang: 'ar', article: 'asl' }, translatedBy: ['Jane Doe'] }),
			{ ...CONTEXT, original },
		);
		expect(ld['translationOfWork']).toEqual({
			'@type': 'NewsArticle',
			'@id': original.url,
			url: original.url,
			headline: 'العنوان',
			inLanguage: 'ar',
		});
		expect(ld['translator']).toEqual([{ '@type': 'Person', name: 'Jane Doe' }]);
		expect(ld).not.toHaveProperty('workTranslation');
	});

	it("lists an original's translations on this site as workTranslation", () => {
		const translation = {
			url: 'https://news.example/articles/translation/',
			title: 'The headline',
			lang: 'en',
			type: 'analysis' as const,
		};
		const ld = newsArticleJsonLd(article({ lang: 'ar' }), {
			...CONTEXT,
			translations: [translation],
		});
		expect(ld['workTranslation']).toEqual([
			{
				'@type': 'AnalysisNewsArticle',
				'@id': translation.url,
				url: translation.url,
				headline: 'The headline',
				inLanguage: 'en',
			},
		]);
		expect(ld).not.toHaveProperty('translationOfWork');
		expect(ld).not.toHaveProperty('translator');
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

	it("gives the site's default image, without any caption or credit, when the page shows no image", () => {
		const ld = newsArticleJsonLd(
			article({
				hero: { src: './a.jpg', alt: 'Stalls', caption: 'The market', credit: 'Jane Doe' },
			}),
			CONTEXT,
		);
		expect(ld['image']).toEqual([DEFAULT_IMAGE_OBJECT]);
	});

	it.each([
		['news', 'NewsArticle'],
		['analysis', 'AnalysisNewsArticle'],
		['opinion', 'OpinionNewsArticle'],
		['explainer', 'BackgroundNewsArticle'],
	] as const)('gives a %s article the type %s', (type, schemaType) => {
		expect(articleJsonLdType(type)).toBe(schemaType);
		expect(newsArticleJsonLd(article({ type }), CONTEXT)['@type']).toBe(schemaType);
	});

	it('makes a byline with an author file a Person with url, jobTitle and sameAs', () => {
		const authors = new Map([
			[
				'jane-doe',
				{
					name: 'Jane Doe',
					url: 'https://news.example/authors/jane-doe/',
					jobTitle: 'City correspondent',
					sameAs: ['https://social.example/@jane'],
				},
			],
		]);
		const ld = newsArticleJsonLd(article({ authors: ['jane-doe', 'News desk'] }), {
			...CONTEXT,
			authors,
		});
		expect(ld['author']).toEqual([
			{
				'@type': 'Person',
				name: 'Jane Doe',
				url: 'https://news.example/authors/jane-doe/',
				jobTitle: 'City correspondent',
				sameAs: ['https://social.example/@jane'],
			},
			{ '@type': 'Organization', name: 'News desk' },
		]);
	});
});

describe('liveBlogPostingJsonLd', () => {
	const at = (iso: string) => ({ iso, hasTime: true, epochMs: Date.parse(iso) });
	const live: Live = {
		start: at('2024-03-02T08:00:00Z'),
		updates: [
			{
				id: 'update-20240302T120000Z',
				time: at('2024-03-02T12:00:00Z'),
				key: false,
				line: 12,
				parts: [],
				words: 0,
			},
		],
	};
	const context = {
		...CONTEXT,
		updateUrl: (_: number, id: string) => `${CONTEXT.articleUrl}#${id}`,
	};

	it('dates the modification by the newest update when it is later than the article', () => {
		expect(liveBlogPostingJsonLd({ ...article(), live }, context)).toMatchObject({
			'@type': 'LiveBlogPosting',
			coverageStartTime: '2024-03-02T08:00:00Z',
			datePublished: '2024-03-02',
			dateModified: '2024-03-02T12:00:00Z',
			liveBlogUpdate: [
				{
					'@type': 'BlogPosting',
					datePublished: '2024-03-02T12:00:00Z',
					url: 'https://news.example/articles/a/#update-20240302T120000Z',
				},
			],
		});
	});

	it("keeps the article's own update when it is the later", () => {
		const updatedDate = at('2024-03-02T13:00:00Z');
		expect(liveBlogPostingJsonLd({ ...article({ updatedDate }), live }, context)).toMatchObject({
			dateModified: '2024-03-02T13:00:00Z',
		});
	});
});

describe('organizationJsonLd', () => {
	it('names the publisher a NewsMediaOrganization with its logo and the policy pages it has', () => {
		expect(organizationJsonLd(PUBLISHER)).toEqual(ORGANIZATION);
		expect(organizationJsonLd(PUBLISHER)).not.toHaveProperty('ethicsPolicy');
	});
});

describe('profilePageJsonLd', () => {
	it("makes an author's page a ProfilePage about the Person, leaving out what the file does not say", () => {
		expect(
			profilePageJsonLd(
				{ name: 'Sam Lee', url: 'https://news.example/authors/sam-lee/', sameAs: [] },
				PUBLISHER,
			),
		).toEqual({
			'@context': 'https://schema.org',
			'@type': 'ProfilePage',
			url: 'https://news.example/authors/sam-lee/',
			mainEntity: {
				'@type': 'Person',
				name: 'Sam Lee',
				url: 'https://news.example/authors/sam-lee/',
			},
			publisher: ORGANIZATION,
		});
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

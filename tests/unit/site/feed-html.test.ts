import { describe, expect, it } from 'vitest';
import { feedContentHtml } from '../../../src/lib/site/feed-html.ts';
import { renderMarkdown } from '../../helpers/render-markdown.ts';

const ARTICLE_URL = 'https://news.example/news/articles/this-story/';
const options = { articleUrl: ARTICLE_URL, lang: 'en', dir: 'ltr', feedLang: 'en' } as const;

describe('feedContentHtml', () => {
	it('puts the lead first, then each section under its h2', () => {
		const html = feedContentHtml(
			{
				lead: '<p>Lead.</p>',
				sections: [
					{ title: 'First & foremost', html: '<p>One.</p>' },
					{ title: 'Second', html: '<p>Two.</p>' },
				],
			},
			options,
		);
		expect(html).toBe(
			'<p>Lead.</p><h2>First &#x26; foremost</h2><p>One.</p><h2>Second</h2><p>Two.</p>',
		);
	});

	it('makes links to other articles, anchors, images and citations absolute', () => {
		const html = feedContentHtml(
			{
				lead:
					'<p><a href="../other-story/">earlier</a> <a href="#background">below</a> ' +
					'<a href="/news/articles/x/">rooted</a> <a href="https://elsewhere.example/a?b=1&amp;c=2">out</a></p>' +
					'<p><img src="chart.png" srcset="chart.png 1x, chart-2x.png 2x" alt="A chart"></p>' +
					'<blockquote cite="../source/"><p>Quote.</p></blockquote>' +
					'<p><a href="mailto:desk@news.example">mail</a></p>',
				sections: [],
			},
			options,
		);
		expect(html).toContain('href="https://news.example/news/articles/other-story/"');
		expect(html).toContain('href="https://news.example/news/articles/this-story/#background"');
		expect(html).toContain('href="https://news.example/news/articles/x/"');
		expect(html).toContain('href="https://elsewhere.example/a?b=1&#x26;c=2"');
		expect(html).toContain('src="https://news.example/news/articles/this-story/chart.png"');
		expect(html).toContain(
			'srcset="https://news.example/news/articles/this-story/chart.png 1x, https://news.example/news/articles/this-story/chart-2x.png 2x"',
		);
		expect(html).toContain('cite="https://news.example/news/articles/source/"');
		expect(html).toContain('href="mailto:desk@news.example"');
		expect(html).not.toMatch(/\s(href|src|cite)="(?![a-z]+:)/);
	});

	it('makes the pipeline’s own output absolute: footnotes and article links', () => {
		const rendered = renderMarkdown(
			'See [the earlier story](../older-story/).[^1]\n\n[^1]: A note with [a link](#top).\n',
		);
		const html = feedContentHtml({ lead: rendered, sections: [] }, options);
		expect(html).toContain('href="https://news.example/news/articles/older-story/"');
		expect(html).toMatch(
			/href="https:\/\/news\.example\/news\/articles\/this-story\/#user-content-fn-1"/,
		);
		expect(html).not.toMatch(/\s(href|src)="(?!https?:)/);
	});

	it('wraps an article in another language, with its direction', () => {
		const html = feedContentHtml(
			{ lead: '<p>نص.</p>', sections: [{ title: 'عنوان', html: '<p>فقرة.</p>' }] },
			{ ...options, lang: 'ar', dir: 'rtl' },
		);
		expect(html).toBe('<div lang="ar" dir="rtl"><p>نص.</p><h2>عنوان</h2><p>فقرة.</p></div>');
	});

	it('does not wrap a regional variant of the feed’s language, and writes an empty body as nothing', () => {
		expect(feedContentHtml({ lead: '', sections: [] }, { ...options, lang: 'en-GB' })).toBe('');
	});
});

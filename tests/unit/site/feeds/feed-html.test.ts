import { describe, expect, it } from 'vitest';
import { feedContentHtml } from '../../../../src/lib/site/feeds/feed-html.ts';
import type { Block, Part } from '../../../../src/lib/article/article-schema.ts';
import { feedBlock } from '../../../../src/lib/site/feeds/feed-block.ts';
import { uiStrings } from '../../../../src/lib/site/i18n/strings.ts';
import { renderMarkdown } from '../../../helpers/unit/render-markdown.ts';

const ARTICLE_URL = 'https://news.example/news/articles/this-story/';
const options = {
	articleUrl: ARTICLE_URL,
	lang: 'en',
	dir: 'ltr',
	feedLang: 'en',
	block: (block: Block) =>
		feedBlock(block, {
			strings: uiStrings('en'),
			videoPlayerUrl: 'https://player.example/{account}/{player}/?videoId={videoId}',
			timeZone: 'UTC',
		}),
} as const;

/** One run of HTML as parts. */
const html = (value: string): Part[] => (value === '' ? [] : [{ kind: 'html', html: value }]);

describe('feedContentHtml', () => {
	it('puts the lead first, then each section under its h2', () => {
		const out = feedContentHtml(
			{
				lead: html('<p>Lead.</p>'),
				sections: [
					{ title: 'First & foremost', parts: html('<p>One.</p>') },
					{ title: 'Second', parts: html('<p>Two.</p>') },
				],
			},
			options,
		);
		expect(out).toBe(
			'<p>Lead.</p><h2>First &#x26; foremost</h2><p>One.</p><h2>Second</h2><p>Two.</p>',
		);
	});

	it('makes links to other articles, anchors, images and citations absolute', () => {
		const out = feedContentHtml(
			{
				lead: html(
					'<p><a href="../other-story/">earlier</a> <a href="#background">below</a> ' +
						'<a href="/news/articles/x/">rooted</a> <a href="https://elsewhere.example/a?b=1&amp;c=2">out</a></p>' +
						'<p><img src="chart.png" srcset="chart.png 1x, chart-2x.png 2x" alt="A chart"></p>' +
						'<blockquote cite="../source/"><p>Quote.</p></blockquote>' +
						'<p><a href="mailto:desk@news.example">mail</a></p>',
				),
				sections: [],
			},
			options,
		);
		expect(out).toContain('href="https://news.example/news/articles/other-story/"');
		expect(out).toContain('href="https://news.example/news/articles/this-story/#background"');
		expect(out).toContain('href="https://news.example/news/articles/x/"');
		expect(out).toContain('href="https://elsewhere.example/a?b=1&#x26;c=2"');
		expect(out).toContain('src="https://news.example/news/articles/this-story/chart.png"');
		expect(out).toContain(
			'srcset="https://news.example/news/articles/this-story/chart.png 1x, https://news.example/news/articles/this-story/chart-2x.png 2x"',
		);
		expect(out).toContain('cite="https://news.example/news/articles/source/"');
		expect(out).toContain('href="mailto:desk@news.example"');
		expect(out).not.toMatch(/\s(href|src|cite)="(?![a-z]+:)/);
	});

	it('makes the pipeline’s own output absolute: footnotes and article links', () => {
		const rendered = renderMarkdown(
			'See [the earlier story](../older-story/).[^1]\n\n[^1]: A note with [a link](#top).\n',
		);
		const out = feedContentHtml({ lead: html(rendered), sections: [] }, options);
		expect(out).toContain('href="https://news.example/news/articles/older-story/"');
		expect(out).toMatch(
			/href="https:\/\/news\.example\/news\/articles\/this-story\/#user-content-fn-1"/,
		);
		expect(out).not.toMatch(/\s(href|src)="(?!https?:)/);
	});

	it('wraps an article in another language, with its direction', () => {
		const out = feedContentHtml(
			{ lead: html('<p>نص.</p>'), sections: [{ title: 'عنوان', parts: html('<p>فقرة.</p>') }] },
			{ ...options, lang: 'ar', dir: 'rtl' },
		);
		expect(out).toBe('<div lang="ar" dir="rtl"><p>نص.</p><h2>عنوان</h2><p>فقرة.</p></div>');
	});

	it('does not wrap a regional variant of the feed’s language, and writes an empty body as nothing', () => {
		expect(feedContentHtml({ lead: [], sections: [] }, { ...options, lang: 'en-GB' })).toBe('');
	});

	it('renders a video block as a plain link to the player, in the article’s language', () => {
		const out = feedContentHtml(
			{
				lead: [{ kind: 'video', videoId: '42', account: 'acc', player: 'pl' }],
				sections: [],
			},
			options,
		);
		expect(out).toBe(
			'<p><a href="https://player.example/acc/pl/?videoId=42">Video: Play video</a></p>',
		);
	});
});

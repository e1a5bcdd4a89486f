import { describe, expect, it } from 'vitest';
import { renderMarkdown as render } from '../../helpers/unit/render-markdown.ts';

describe('createArticleProcessor', () => {
	it('parses GitHub Flavored Markdown', () => {
		expect(render('~~old~~ and https://example.com\n\n| a |\n|---|\n| b |')).toContain(
			'<del>old</del>',
		);
		expect(render('| a |\n|---|\n| b |')).toContain('<table>');
	});

	it('gives heading ids after sanitizing, so they carry no user-content- prefix', () => {
		expect(render('## Reactions')).toBe('<h2 id="reactions">Reactions</h2>');
	});

	it('prefixes an id an author wrote in raw HTML', () => {
		expect(render('<h2 id="main">Raw</h2>')).toBe('<h2 id="user-content-main">Raw</h2>');
	});

	it('keeps safe raw HTML and its text, and strips handlers', () => {
		expect(render('<abbr title="x">UN</abbr> <b onmouseover="x()">bold</b>')).toBe(
			'<p>UN <b>bold</b></p>',
		);
	});

	it('does not let raw HTML forge an embed', () => {
		const html = render(
			'<figure class="video-embed" data-video-id="1"><a href="https://evil.example/">x</a></figure>',
		);
		expect(html).toBe('<figure><a href="https://evil.example/">x</a></figure>');
	});
});

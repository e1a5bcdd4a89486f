import { describe, expect, it } from 'vitest';
import { renderMarkdown as render } from '../../helpers/unit/render-markdown.ts';

describe('rehypeRemoteImages in the pipeline', () => {
	it('turns a Markdown image from another site into a link, labelled with its alternative', () => {
		expect(render('![The embassy gate](https://cdn.example/gate.jpg)')).toBe(
			'<p><a href="https://cdn.example/gate.jpg">Image: The embassy gate (opens on another site)</a></p>',
		);
	});

	it('does the same for raw HTML and protocol-relative images', () => {
		expect(render('<img src="//cdn.example/a.png" alt="">')).toBe(
			'<a href="https://cdn.example/a.png">Image (opens on another site)</a>',
		);
	});

	it('keeps an image of the site itself (a file of public/)', () => {
		expect(render('![Map](/map.png)')).toBe('<p><img src="/map.png" alt="Map"></p>');
	});

	it('leaves a script URL to the sanitizer, which drops it', () => {
		expect(render('<img src="javascript:alert(1)" alt="x">')).toBe('<img alt="x">');
	});

	it('drops a picture source from another site and keeps the local fallback image', () => {
		expect(
			render(
				'<picture><source srcset="/a.webp 1x, https://cdn.example/b.webp 2x"><source srcset="/c.avif"><img src="/a.png" alt="A"></picture>',
			),
		).toBe('<p><picture><source srcset="/c.avif"><img src="/a.png" alt="A"></picture></p>');
	});
});

import type { Root } from 'hast';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import type { ArticleBlockNode } from '../../../src/lib/markdown/article-block-node.ts';
import { rehypeSanitizeArticle } from '../../../src/lib/markdown/rehype-sanitize-article.ts';
import { articleSanitizeSchema } from '../../../src/lib/markdown/sanitize-schema.ts';
import { unified } from 'unified';
import { toHtml } from 'hast-util-to-html';

function sanitize(children: Root['children']): Root {
	const tree: Root = { type: 'root', children };
	const transform = unified().use(rehypeSanitizeArticle, articleSanitizeSchema);
	return transform.runSync(tree);
}

const EMBED: ArticleBlockNode = {
	type: 'articleBlock',
	block: { kind: 'video', videoId: '1', account: 'a', player: 'p' },
	children: [],
};

describe('rehypeSanitizeArticle', () => {
	it('sanitizes the content on both sides of an embed and keeps the embed', () => {
		const tree = sanitize([
			h('p', { onClick: 'alert(1)' }, 'Before'),
			EMBED,
			h('script', 'alert(2)'),
			h('p', 'After'),
		]);
		expect(tree.children.map((node) => node.type)).toEqual(['element', 'articleBlock', 'element']);
		expect(
			toHtml({ type: 'root', children: tree.children.filter((n) => n.type !== 'articleBlock') }),
		).toBe('<p>Before</p><p>After</p>');
	});

	it('drops javascript: links and keeps their text', () => {
		const tree = sanitize([h('a', { href: 'javascript:alert(1)' }, 'Click')]);
		expect(toHtml(tree)).toBe('<a>Click</a>');
	});

	it('prefixes author ids so they cannot collide with the layout', () => {
		expect(toHtml(sanitize([h('p', { id: 'main' }, 'x')]))).toBe('<p id="user-content-main">x</p>');
	});

	it('removes tabindex and accesskey, which would reorder focus or rebind keys', () => {
		expect(toHtml(sanitize([h('p', { tabIndex: 1, accessKey: 'k' }, 'x')]))).toBe('<p>x</p>');
	});

	it('keeps figures and captions', () => {
		expect(
			toHtml(
				sanitize([
					h('figure', [
						h('img', { src: 'https://a.example/x.png', alt: 'X' }),
						h('figcaption', 'Cap'),
					]),
				]),
			),
		).toBe(
			'<figure><img src="https://a.example/x.png" alt="X"><figcaption>Cap</figcaption></figure>',
		);
	});

	it("sanitizes a block's rich text with the same schema, each slot on its own", () => {
		const tree = sanitize([
			{
				type: 'articleBlock',
				block: { kind: 'pullquote', quote: { kind: 'slot', index: 0 } },
				children: [
					{
						type: 'blockSlot',
						children: [
							h('p', { onClick: 'alert(1)', id: 'main' }, [
								'Quoted ',
								h('a', { href: 'javascript:alert(1)' }, 'words'),
								h('script', 'alert(2)'),
							]),
						],
					},
				],
			},
		]);
		const [block] = tree.children;
		expect(block?.type).toBe('articleBlock');
		if (block?.type !== 'articleBlock') return;
		expect(
			toHtml({ type: 'root', children: block.children[0]?.children as Root['children'] }),
		).toBe('<p id="user-content-main">Quoted <a>words</a></p>');
	});
});

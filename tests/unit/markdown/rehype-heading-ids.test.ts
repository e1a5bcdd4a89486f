import type { Root } from 'hast';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { addHeadingIds, LAYOUT_IDS } from '../../../src/lib/markdown/rehype-heading-ids.ts';

function ids(children: Root['children'], reserved = LAYOUT_IDS): unknown[] {
	const tree: Root = { type: 'root', children };
	addHeadingIds(tree, reserved);
	return tree.children.map((node) => (node.type === 'element' ? node.properties['id'] : undefined));
}

describe('addHeadingIds', () => {
	it('gives an Arabic heading a readable, unique id', () => {
		expect(ids([h('h2', 'ردود الفعل'), h('h2', 'ردود الفعل')])).toEqual([
			'ردود-الفعل',
			'ردود-الفعل-1',
		]);
	});

	it('never gives a heading an id the layout uses', () => {
		expect(ids([h('h2', 'Main'), h('h2', 'Contents'), h('h2', 'TOC')])).toEqual([
			'main-1',
			'contents',
			'toc-1',
		]);
	});

	it('keeps an id already there and steps around it', () => {
		expect(
			ids([
				h('h2', { id: 'user-content-reactions' }, 'Reactions'),
				h('h3', 'User content reactions'),
			]),
		).toEqual(['user-content-reactions', 'user-content-reactions-1']);
	});

	it('gives a heading without text an id all the same', () => {
		expect(ids([h('h2', ''), h('h2', '!!')])).toEqual(['section', 'section-1']);
	});

	it('leaves h1 and paragraphs alone', () => {
		expect(ids([h('h1', 'Title'), h('p', 'Text')])).toEqual([undefined, undefined]);
	});
});

import type { Root } from 'hast';
import { h } from 'hastscript';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeRawWhenPresent } from '../../../src/lib/markdown/rehype-raw-when-present.ts';

function run(tree: Root): Root {
	return unified().use(rehypeRawWhenPresent).runSync(tree);
}

describe('rehypeRawWhenPresent', () => {
	it('parses raw HTML into elements', () => {
		const tree = run({
			type: 'root',
			children: [{ type: 'raw', value: '<b onclick="x()">bold</b>' }],
		});
		expect(tree.children[0]).toMatchObject({
			type: 'element',
			tagName: 'b',
			properties: { onClick: 'x()' },
		});
	});

	it('finds raw HTML deep in the tree', () => {
		const tree = run({ type: 'root', children: [h('p', [{ type: 'raw', value: '<i>x</i>' }])] });
		expect(tree.children[0]).toMatchObject({
			tagName: 'p',
			children: [{ type: 'element', tagName: 'i' }],
		});
	});

	it('hands back a tree without raw HTML as it was', () => {
		const tree: Root = { type: 'root', children: [h('p', 'Plain')] };
		expect(run(tree)).toBe(tree);
	});

	it('ends HTML an author left open with its section, so later sections stay sections', () => {
		const tree = run({
			type: 'root',
			children: [
				{ type: 'raw', value: '<a><select><option>x' },
				h('p', 'swallowed?'),
				h('h2', 'Next'),
				h('p', 'kept'),
			],
		});
		expect(
			tree.children.map((node) => (node.type === 'element' ? node.tagName : node.type)),
		).toEqual(['a', 'h2', 'p']);
	});
});

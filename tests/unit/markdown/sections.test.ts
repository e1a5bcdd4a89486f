import type { Root } from 'hast';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { splitSections } from '../../../src/lib/markdown/sections.ts';

describe('splitSections', () => {
	it('puts what precedes the first h2 in the lead and splits at each h2', () => {
		const tree: Root = {
			type: 'root',
			children: [
				h('p', 'Lead'),
				{ type: 'text', value: '\n' },
				h('h2', { id: 'one' }, 'One'),
				h('p', 'A'),
				h('h3', { id: 'deeper' }, 'Deeper'),
				h('p', 'B'),
				h('h2', { id: 'two' }, 'Two'),
				h('p', 'C'),
			],
		};
		const split = splitSections(tree);
		expect(split.lead).toEqual([h('p', 'Lead')]);
		expect(split.sections.map((s) => [s.id, s.title, s.children.length])).toEqual([
			['one', 'One', 3],
			['two', 'Two', 1],
		]);
	});

	it('gives an article without h2 a lead and no sections', () => {
		const split = splitSections({ type: 'root', children: [h('p', 'Only')] });
		expect(split.sections).toEqual([]);
		expect(split.lead).toHaveLength(1);
	});

	it('leaves h2 inside other elements where they are', () => {
		const split = splitSections({
			type: 'root',
			children: [h('blockquote', [h('h2', { id: 'q' }, 'Quoted')])],
		});
		expect(split.sections).toEqual([]);
	});

	it('refuses an h2 without an id', () => {
		expect(() => splitSections({ type: 'root', children: [h('h2', 'No id')] })).toThrow(
			/rehypeHeadingIds/,
		);
	});
});

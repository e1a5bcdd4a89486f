import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkVideoEmbed } from '../../../src/lib/markdown/remark-video-embed.ts';

const ACCOUNT = '45a05fc5-9b77-4e5d-880d-65cdd2926971';
const PLAYER = '5286efed-e195-4567-b5e9-7bbfd07161ab';

function run(markdown: string) {
	const processor = unified().use(remarkParse).use(remarkDirective).use(remarkVideoEmbed);
	const file = new VFile(markdown);
	const tree = processor.runSync(processor.parse(file), file);
	return {
		tree,
		messages: file.messages.map((m) => `${m.line}:${m.source}:${m.ruleId} ${m.reason}`),
	};
}

describe('remarkVideoEmbed', () => {
	it('turns player residue into a typed embed node', () => {
		const { tree, messages } = run(
			`Before.\n\n6118973598001 ${ACCOUNT} ${PLAYER}\nvideo\n\nAfter.`,
		);
		expect(messages).toEqual([]);
		expect(tree.children.map((node) => node.type)).toEqual([
			'paragraph',
			'articleBlock',
			'paragraph',
		]);
		expect(tree.children[1]).toMatchObject({
			block: { kind: 'video', videoId: '6118973598001', account: ACCOUNT, player: PLAYER },
		});
	});

	it('turns ::video{id account player} into the same embed', () => {
		const { tree } = run(`::video{id=6118973598001 account=${ACCOUNT} player=${PLAYER}}`);
		expect(tree.children).toEqual([
			expect.objectContaining({
				type: 'articleBlock',
				block: { kind: 'video', videoId: '6118973598001', account: ACCOUNT, player: PLAYER },
			}),
		]);
	});

	it.each([
		['a 12-digit id', `611897359800 ${ACCOUNT} ${PLAYER}\nvideo`],
		['one UUID only', `6118973598001 ${ACCOUNT}\nvideo`],
		['a broken UUID', `6118973598001 ${ACCOUNT} 5286efed-e195-4567\nvideo`],
		['no "video" line', `6118973598001 ${ACCOUNT} ${PLAYER}`],
	])('reports residue with %s on its line', (_name, residue) => {
		const { tree, messages } = run(`Before.\n\n${residue}\n`);
		expect(messages).toEqual([
			expect.stringMatching(/^3:article:video expected a video line of the form/),
		]);
		expect(tree.children.map((node) => node.type)).not.toContain('articleBlock');
	});

	it('reports a ::video directive without its ids', () => {
		const { messages } = run('::video{id=abc}');
		expect(messages).toEqual([
			'1:article:video expected ::video{id=... account=... player=...} with id (digits), found "abc"; account; player',
		]);
	});

	it('reports residue inside a quote or list', () => {
		const { messages } = run(`> 6118973598001 ${ACCOUNT} ${PLAYER}\n> video`);
		expect(messages).toEqual([expect.stringMatching(/stand on its own/)]);
	});

	it('leaves prose with numbers alone', () => {
		const { tree, messages } = run(
			'In 2019 some 5000000 people watched the video\n\n2019\nvideo games',
		);
		expect(messages).toEqual([]);
		expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
	});

	it('gives text that only looks like a directive back as it was written', () => {
		const { tree } = run('Note:this matters at 10:30.\n\n::note[x]{y=z}');
		expect(tree.children.map((node) => toString(node))).toEqual([
			'Note:this matters at 10:30.',
			'::note[x]{y=z}',
		]);
	});
});

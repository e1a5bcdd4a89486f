import type { Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import type { Node } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { ArticleBlockNode } from './article-block-node.ts';
import { playerResidueIds } from './player-residue.ts';

const RESIDUE_LIKE = /^\s*\d{6,}(\s+[0-9a-z-]+)*\s*(\n\s*video\s*)?$/i;
const ID_TOKEN = /^[0-9a-f]{6,}(-[0-9a-f]+)*$/i;
const RESIDUE_SHAPE =
	'"<13-digit video id> <account UUID> <player UUID>" on one line, then a line "video"';

/**
 * Recognises video player residue (a 13-digit id and two UUIDs, then a line `video`) and the
 * explicit `::video{id=... account=... player=...}` directive, and turns each into a typed
 * `articleBlock` node. A malformed one is an error, never stray text. Other directives are
 * turned back into the text they were written as, so "Note:this" stays prose.
 */
export const remarkVideoEmbed: Plugin<[], Root> = function () {
	return (tree, file) => {
		visit(tree, (node, index, parent) => {
			if (index === undefined || !parent) return;
			const embed =
				node.type === 'paragraph'
					? residueEmbed(node, file)
					: node.type === 'leafDirective' && node.name === 'video'
						? directiveEmbed(node.attributes ?? {}, node, file)
						: undefined;
			if (embed !== undefined) {
				if (parent.type !== 'root') {
					file.message(
						'expected a video line or ::video directive to stand on its own, outside lists and quotes',
						node,
						'article:video',
					);
					return SKIP;
				}
				// A malformed embed (null) has its message; an empty paragraph keeps the tree whole.
				parent.children.splice(index, 1, embed ?? { type: 'paragraph', children: [] });
				return SKIP;
			}
			if (
				node.type === 'leafDirective' ||
				node.type === 'containerDirective' ||
				node.type === 'textDirective'
			) {
				const text = sliceSource(file, node);
				const replacement: RootContent =
					node.type === 'textDirective'
						? { type: 'text', value: text }
						: { type: 'paragraph', children: [{ type: 'text', value: text }] };
				(parent.children as RootContent[]).splice(index, 1, replacement);
				return SKIP;
			}
			return undefined;
		});
	};
};

function sliceSource(file: VFile, node: { position?: Paragraph['position'] }): string {
	const start = node.position?.start.offset;
	const end = node.position?.end.offset;
	if (start === undefined || end === undefined) return '';
	return String(file.value).slice(start, end);
}

/**
 * `undefined` when the paragraph is prose; `null` when it looks like residue but is malformed
 * (a message is recorded); the embed node otherwise.
 */
function residueEmbed(node: Paragraph, file: VFile): ArticleBlockNode | null | undefined {
	if (!node.children.every((child) => child.type === 'text' || child.type === 'break'))
		return undefined;
	const text = toString(node).trim();
	const [idsLine = '', videoLine, ...more] = text.split('\n');
	const ids = playerResidueIds(idsLine);
	if (ids && videoLine?.trim().toLowerCase() === 'video' && more.length === 0) {
		return { type: 'articleBlock', block: { kind: 'video', ...ids }, position: node.position };
	}
	const firstLine = text.split('\n')[0] ?? '';
	const tokens = firstLine.trim().split(/\s+/);
	const looksLikeResidue =
		RESIDUE_LIKE.test(text) &&
		(/\n\s*video\s*$/i.test(text) ||
			(tokens.length > 1 && tokens.slice(1).every((t) => ID_TOKEN.test(t))));
	if (!looksLikeResidue) return undefined;
	file.message(
		`expected a video line of the form ${RESIDUE_SHAPE}, found ${JSON.stringify(text)}`,
		node,
		'article:video',
	);
	return null;
}

function directiveEmbed(
	attributes: Record<string, string | null | undefined>,
	node: Node,
	file: VFile,
): ArticleBlockNode | null {
	const { id, account, player, ...rest } = attributes;
	const problems: string[] = [];
	if (!id || !/^\d+$/.test(id)) problems.push(`id (digits), found ${JSON.stringify(id ?? null)}`);
	if (!account) problems.push('account');
	if (!player) problems.push('player');
	const unknown = Object.keys(rest);
	if (unknown.length > 0) problems.push(`no other attributes, found ${unknown.join(', ')}`);
	if (problems.length > 0 || !id || !account || !player) {
		file.message(
			`expected ::video{id=... account=... player=...} with ${problems.join('; ')}`,
			node,
			'article:video',
		);
		return null;
	}
	return {
		type: 'articleBlock',
		block: { kind: 'video', videoId: id, account, player },
		position: node.position,
	};
}

import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { BlockDraft } from '../article-block-node.ts';
import { playerResidueIds } from '../player-residue.ts';
import type { BlockContext, LeafDirective } from './block-context.ts';

type VideoDraft = Extract<BlockDraft, { kind: 'video' }>;

const LEADING_DIGITS = /^\d{6}/;
const RESIDUE_LIKE = /^\s*\d{6,}(\s+[0-9a-z-]+)*\s*(\n\s*video\s*)?$/i;
const ID_TOKEN = /^[0-9a-f]{6,}(-[0-9a-f]+)*$/i;
const RESIDUE_SHAPE =
	'"<13-digit video id> <account UUID> <player UUID>" on one line, then a line "video"';

/** The message of a video line or directive that does not stand on its own. */
export const VIDEO_MISPLACED =
	'expected a video line or ::video directive to stand on its own, outside lists and quotes';

/**
 * Video player residue (a 13-digit id and two UUIDs, then a line `video`) as a video block:
 * `undefined` when the paragraph is prose; `null` when it looks like residue but is malformed
 * (reported: never stray text on the page).
 */
export function videoResidue(
	node: Paragraph,
	context: BlockContext,
): VideoDraft | null | undefined {
	if (!node.children.every((child) => child.type === 'text' || child.type === 'break'))
		return undefined;
	const text = toString(node).trim();
	// Residue, whole or malformed, starts with its digits; every other paragraph stops here.
	if (!LEADING_DIGITS.test(text)) return undefined;
	const [idsLine = '', videoLine, ...more] = text.split('\n');
	const ids = playerResidueIds(idsLine);
	if (ids && videoLine?.trim().toLowerCase() === 'video' && more.length === 0) {
		return { kind: 'video', ...ids };
	}
	const firstLine = text.split('\n')[0] ?? '';
	const tokens = firstLine.trim().split(/\s+/);
	const looksLikeResidue =
		RESIDUE_LIKE.test(text) &&
		(/\n\s*video\s*$/i.test(text) ||
			(tokens.length > 1 && tokens.slice(1).every((t) => ID_TOKEN.test(t))));
	if (!looksLikeResidue) return undefined;
	context.fail(
		`expected a video line of the form ${RESIDUE_SHAPE}, found ${JSON.stringify(text)}`,
		node,
	);
	return null;
}

/** `::video{id=... account=... player=...}` as a video block. */
export function videoDirective(node: LeafDirective, context: BlockContext): VideoDraft | undefined {
	const { id, account, player, ...rest } = node.attributes ?? {};
	const problems: string[] = [];
	if (!id || !/^\d+$/.test(id)) problems.push(`id (digits), found ${JSON.stringify(id ?? null)}`);
	if (!account) problems.push('account');
	if (!player) problems.push('player');
	const unknown = Object.keys(rest);
	if (unknown.length > 0) problems.push(`no other attributes, found ${unknown.join(', ')}`);
	if (problems.length > 0 || !id || !account || !player) {
		context.fail(
			`expected ::video{id=... account=... player=...} with ${problems.join('; ')}`,
			node,
		);
		return undefined;
	}
	return { kind: 'video', videoId: id, account, player };
}

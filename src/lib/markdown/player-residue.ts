/**
 * The residue a video player leaves in copied article text: a 13-digit video id, the player's
 * account UUID and its player UUID on one line (then, in the text, a line `video`). One pattern
 * for the pipeline, which turns it into a video block, and for the importer, which keeps it.
 */
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The ids line of player residue: video id, account and player, separated by white space. */
export const PLAYER_RESIDUE_IDS = new RegExp(`^(\\d{13})[ \\t]+(${UUID})[ \\t]+(${UUID})$`, 'i');

/** The ids of a player residue line, or `undefined` when `line` is not one. */
export function playerResidueIds(
	line: string,
): { videoId: string; account: string; player: string } | undefined {
	const match = PLAYER_RESIDUE_IDS.exec(line.trim());
	if (!match) return undefined;
	const [, videoId = '', account = '', player = ''] = match;
	return { videoId, account: account.toLowerCase(), player: player.toLowerCase() };
}

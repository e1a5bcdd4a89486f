import { formatFrontMatter } from './format-front-matter.ts';
import type { FrontMatter } from '../../src/lib/article/front-matter-schema.ts';
import { playerResidueIds } from '../../src/lib/markdown/player-residue.ts';

const RESIDUE_VIDEO = /^video$/i;
/** Sentence punctuation and closing quotes: a line ending in one is prose, not a title. */
const TERMINAL = /[.,!?:;"”’'»…،؟۔。]$/u;
const MAX_TITLE_WORDS = 8;

/**
 * Turns a plain-text story into an article file: `meta` as front matter, then the text as
 * Markdown. Blocks separated by blank lines stay paragraphs, word for word. A short, title-like
 * first line of a block (a capital first letter, at most 8 words, no closing punctuation or comma) becomes
 * a `## ` heading. Video player residue (a 13-digit id and two UUIDs on a line, then `video`)
 * becomes `::video{id=… account=… player=…}`. Characters Markdown would read as syntax are
 * backslash-escaped, so the text renders as the same text. Pure: no file system, no clock.
 */
export function importText(text: string, meta: FrontMatter): string {
	return `${formatFrontMatter(meta)}\n${textToMarkdown(text)}`;
}

/** The body half of `importText`: plain text in, Markdown out, ending in one newline. */
export function textToMarkdown(text: string): string {
	const blocks: string[][] = [[]];
	for (const line of text.replace(/^\uFEFF/, '').split(/\r\n?|\n/)) {
		const trimmed = line.trim();
		if (trimmed !== '') blocks.at(-1)?.push(trimmed);
		else if (blocks.at(-1)?.length) blocks.push([]);
	}
	const markdown = blocks.filter((block) => block.length > 0).flatMap(convertBlock);
	return markdown.length === 0 ? '' : `${markdown.join('\n\n')}\n`;
}

/** Whether a line reads as a section title rather than prose. */
export function isTitleLike(line: string): boolean {
	return (
		/^\p{Lu}/u.test(line) &&
		!TERMINAL.test(line) &&
		line.split(/\s+/).length <= MAX_TITLE_WORDS &&
		playerResidueIds(line) === undefined
	);
}

function convertBlock(lines: string[]): string[] {
	const out: string[] = [];
	let prose: string[] = [];
	const flush = () => {
		if (prose.length > 0) out.push(...convertProse(prose));
		prose = [];
	};
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? '';
		const ids = playerResidueIds(line);
		if (ids && RESIDUE_VIDEO.test(lines[i + 1] ?? '')) {
			flush();
			out.push(`::video{id=${ids.videoId} account=${ids.account} player=${ids.player}}`);
			i++;
		} else {
			prose.push(line);
		}
	}
	flush();
	return out;
}

function convertProse([first = '', ...rest]: string[]): string[] {
	if (!isTitleLike(first)) return [[first, ...rest].map(escapeLine).join('\n')];
	const heading = `## ${escapeInline(first).replace(/#$/, '\\#')}`;
	return rest.length === 0 ? [heading] : [heading, rest.map(escapeLine).join('\n')];
}

/** Escapes what would start a block (heading, quote, list, rule, fence, table, directive). */
function escapeLine(line: string): string {
	const text = escapeInline(line);
	if (/^[#>+\-=|:~]/.test(text)) return `\\${text}`;
	return text.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** Escapes what would be read as emphasis, code, links, HTML, entities or a hard break. */
function escapeInline(text: string): string {
	return text.replace(/[\\`*_[\]<~]/g, '\\$&').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

import { readFileSync } from 'node:fs';
import { SEED_FILE } from '../helpers/shared/paths.ts';

/** The player residue block of the seed: a 13-digit id and two UUIDs, then `video`. */
const RESIDUE_BLOCK = /^\d{13} [0-9a-f-]{36} [0-9a-f-]{36}\s*\n\s*video$/i;

/**
 * The seed article's body paragraphs as written in content/articles: front matter, `## `
 * headings and the player residue left out, whitespace collapsed.
 */
export function seedParagraphs(): string[] {
	const source = readFileSync(SEED_FILE, 'utf8').replace(/\r\n?/g, '\n');
	const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
	return body
		.split(/\n\s*\n/)
		.map((block) => block.trim())
		.filter((block) => block !== '' && !block.startsWith('#') && !RESIDUE_BLOCK.test(block))
		.map((block) => block.replace(/\s+/g, ' '));
}

/** The seed's section headings (`## ...`), in order. */
export function seedHeadings(): string[] {
	const source = readFileSync(SEED_FILE, 'utf8');
	return [...source.matchAll(/^## (.+)$/gm)].map((match) => (match[1] ?? '').trim());
}

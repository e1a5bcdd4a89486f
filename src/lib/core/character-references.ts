/** The five entities XML predefines, by name. */
export const XML_ENTITIES: Readonly<Record<string, string>> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
};

/**
 * Decodes the character references in `text`: numeric ones (`&#233;`, `&#xE9;`) to their code
 * point, named ones to what `named` gives for the name. A reference `named` does not know, or a
 * number that is no code point, stays as written.
 */
export function decodeCharacterReferences(
	text: string,
	named: (name: string) => string | undefined,
): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (!name.startsWith('#')) return named(name) ?? whole;
		const code =
			name[1] === 'x' || name[1] === 'X'
				? Number.parseInt(name.slice(2), 16)
				: Number.parseInt(name.slice(1), 10);
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
	});
}

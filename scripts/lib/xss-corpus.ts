import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a vector attacks; one label a vector, the most specific that fits. */
export const XSS_CLASSES = [
	'mutation-xss',
	'dom-clobbering',
	'reference-link',
	'markdown-image',
	'markdown-link',
	'autolink',
	'svg/mathml',
	'css',
	'entity/encoding obfuscation',
	'event-handler',
	'javascript-url',
	'data-url',
	'raw-html-tag',
	'script-text',
] as const;

/** One class of `XSS_CLASSES`. */
export type XssClass = (typeof XSS_CLASSES)[number];

/** One vector of the corpus. */
export interface XssVector {
	/** `<source>-<nnn>`, stable while the source's commit is. */
	id: string;
	class: XssClass;
	/** The title the source gives it, where it gives one. */
	title?: string;
	payload: string;
}

/** One file of tests/fixtures/xss: the vectors of one public collection. */
export interface XssSourceFile {
	source: string;
	/** GitHub `owner/name`. */
	repository: string;
	/** The commit the vectors were read at. */
	commit: string;
	/** The file in that repository. */
	path: string;
	url: string;
	/** SPDX expression, or "none stated". */
	license: string;
	licenseNote: string;
	vectors: XssVector[];
}

/** A vector with the collection it came from. */
export interface SourcedVector extends XssVector {
	source: string;
}

/** Where the corpus lives (written by scripts/xss-corpus.ts). */
export const XSS_CORPUS_DIR = join(import.meta.dirname, '../../tests/fixtures/xss');

/** Every source file of the corpus, by file name. */
export function loadXssSources(): XssSourceFile[] {
	return readdirSync(XSS_CORPUS_DIR)
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((name) => JSON.parse(readFileSync(join(XSS_CORPUS_DIR, name), 'utf8')) as XssSourceFile);
}

/** Every vector of the corpus, each with its source's name. */
export function loadXssCorpus(): SourcedVector[] {
	return loadXssSources().flatMap((file) =>
		file.vectors.map((vector) => ({ ...vector, source: file.source })),
	);
}

/** Vectors counted by source and by class, as lines for a report. */
export function countVectors(vectors: readonly SourcedVector[]): string {
	const count = (key: (vector: SourcedVector) => string) => {
		const counts = new Map<string, number>();
		for (const vector of vectors) counts.set(key(vector), (counts.get(key(vector)) ?? 0) + 1);
		return [...counts].sort((a, b) => b[1] - a[1]).map(([name, n]) => `  ${name}: ${String(n)}`);
	};
	return [
		`${String(vectors.length)} vectors`,
		'by source:',
		...count((vector) => vector.source),
		'by class:',
		...count((vector) => vector.class),
	].join('\n');
}

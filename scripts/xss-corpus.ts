/**
 * Regenerates the XSS corpus (tests/fixtures/xss/*.json) from public vector collections, each
 * read at a pinned commit from a local git clone, so the data is reproducible and every vector
 * keeps its source.
 *
 *   node scripts/xss-corpus.ts <clones>
 *
 * `<clones>` holds one clone per repository, named `<owner>+<name>` (a working copy, or a bare
 * mirror in `<owner>+<name>/repo`); each needs the commit listed in SOURCES below. The script
 * prints the count of vectors by source and by class.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { XSS_CLASSES, type XssClass, type XssSourceFile } from './lib/xss-corpus.ts';

interface Source {
	name: string;
	repository: string;
	commit: string;
	path: string;
	license: string;
	licenseNote: string;
	/** Vectors (title and payload) from the file's text. */
	extract: (text: string) => Promise<Extracted[]> | Extracted[];
	/** Whether the payloads are Markdown (markdown link forms are classified first). */
	markdown: boolean;
}

interface Extracted {
	title?: string;
	payload: string;
}

const SOURCES: Source[] = [
	{
		name: 'markdown-it',
		repository: 'markdown-it/markdown-it',
		commit: '1e8ab89ca299351879169a79d2627fe3a356ce4a',
		path: 'test/fixtures/markdown-it/xss.txt',
		license: 'MIT',
		licenseNote:
			'Copyright (c) 2014 Vitaly Puzrin, Alex Kocharin. MIT licence; vectors quoted from the test fixture.',
		markdown: true,
		extract: markdownItFixture,
	},
	{
		name: 'markdown-xss-payloads',
		repository: 'cujanovic/Markdown-XSS-Payloads',
		commit: 'b209f6925bc4b377c522bc7bde880199d4b126ac',
		path: 'Markdown-XSS-Payloads.txt',
		license: 'none stated',
		licenseNote:
			'The repository states no licence. Its one-line payloads are published for testing Markdown renderers; they are quoted here verbatim as test input, with attribution, and not redistributed otherwise.',
		markdown: true,
		extract: (text) => lines(text).map((payload) => ({ payload })),
	},
	{
		name: 'dompurify',
		repository: 'cure53/DOMPurify',
		commit: '1fa97e8f0b671ded461adfe6af255f2aab4202d0',
		path: 'test/fixtures/expect.mjs',
		license: 'Apache-2.0 OR MPL-2.0',
		licenseNote:
			'Copyright Dr.-Ing. Mario Heiderich, Cure53. Dual-licensed Apache-2.0 or MPL-2.0; payloads and titles quoted from the test fixture (expected outputs not copied).',
		markdown: false,
		extract: dompurifyFixture,
	},
	{
		name: 'owasp-filter-evasion',
		repository: 'OWASP/CheatSheetSeries',
		commit: '6b8819da79e0537d072e04296ffa3adfc94ba881',
		path: 'cheatsheets/XSS_Filter_Evasion_Cheat_Sheet.md',
		license: 'CC-BY-SA-4.0',
		licenseNote:
			'OWASP Cheat Sheet Series, CC BY-SA 4.0. This file is an adaptation (code blocks extracted, titled by their section) and is itself under CC BY-SA 4.0.',
		markdown: false,
		extract: owaspCodeBlocks,
	},
	{
		name: 'payloadbox',
		repository: 'payloadbox/xss-payload-list',
		commit: 'd473925ebc9aaec0ac8bdb9aa9d26be8d163af04',
		path: 'Intruder/xss-payload-list.txt',
		license: 'MIT',
		licenseNote:
			'Copyright (c) 2018 İsmail Taşdelen, MIT licence. A sample: the first payload of each (element, event handler) shape, at most 120, from the 6,600-line list.',
		markdown: false,
		extract: payloadboxSample,
	},
];

// PortSwigger's cheat-sheet data (PortSwigger/xss-cheatsheet-data) is left out on purpose: its
// README states no licence and asks that it not be used for derivative cheat sheets.

function lines(text: string): string[] {
	return text.split('\n').filter((line) => line.trim() !== '');
}

/** markdown-it's fixture format: title lines, then `.` / input / `.` / output / `.` blocks. */
function markdownItFixture(text: string): Extracted[] {
	const out: Extracted[] = [];
	const rows = text.split('\n');
	let title = '';
	for (let i = 0; i < rows.length; i++) {
		if (rows[i] !== '.') {
			if ((rows[i] ?? '').trim() !== '') title = (rows[i] ?? '').trim();
			continue;
		}
		const end = rows.indexOf('.', i + 1);
		const input = rows.slice(i + 1, end).join('\n');
		i = rows.indexOf('.', end + 1);
		// A case lists several vectors, one a paragraph; the fenced-code case is one vector.
		const parts = input.startsWith('```') ? [input] : input.split(/\n\n+/);
		for (const payload of parts) if (payload.trim() !== '') out.push({ title, payload });
	}
	return out;
}

async function dompurifyFixture(text: string): Promise<Extracted[]> {
	const dir = mkdtempSync(join(tmpdir(), 'xss-corpus-'));
	try {
		const file = join(dir, 'expect.mjs');
		writeFileSync(file, text);
		const module = (await import(pathToFileURL(file).href)) as {
			default: { title?: string; payload?: string }[];
		};
		return module.default
			.filter((entry) => typeof entry.payload === 'string' && entry.payload.trim() !== '')
			.map((entry) => ({ title: entry.title ?? '', payload: entry.payload ?? '' }));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

function owaspCodeBlocks(text: string): Extracted[] {
	const out: Extracted[] = [];
	let title = '';
	let block: string[] | undefined;
	for (const row of text.split('\n')) {
		if (block === undefined) {
			const heading = /^#{2,4}\s+(.+)$/.exec(row);
			if (heading) title = heading[1] ?? '';
			else if (row.startsWith('```')) block = [];
		} else if (row.startsWith('```')) {
			const payload = block.join('\n').trim();
			if (payload !== '') out.push({ title, payload });
			block = undefined;
		} else {
			block.push(row);
		}
	}
	return out;
}

function payloadboxSample(text: string): Extracted[] {
	const seen = new Set<string>();
	const out: Extracted[] = [];
	for (const payload of new Set(lines(text).map((line) => line.trim()))) {
		const tag = /<\s*\/?\s*([a-z][a-z0-9-]*)/i.exec(payload)?.[1]?.toLowerCase() ?? '(none)';
		const handler = /\b(on[a-z]+)\s*=/i.exec(payload)?.[1]?.toLowerCase() ?? '(none)';
		const scheme = /\b(javascript|vbscript|data|livescript):/i.exec(payload)?.[1]?.toLowerCase();
		const shape = `${tag} ${handler} ${scheme ?? ''}`;
		if (seen.has(shape)) continue;
		seen.add(shape);
		out.push({ payload });
		if (out.length === 120) break;
	}
	return out;
}

/** Character references and %-escapes decoded, to see what an obfuscated payload spells. */
function deobfuscate(text: string): string {
	return text
		.replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#0*([0-9]+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec) % 0x110000))
		.replace(
			/&(colon|tab|newline|lpar|rpar);/gi,
			(_, name: string) =>
				({ colon: ':', tab: '\t', newline: '\n', lpar: '(', rpar: ')' })[name.toLowerCase()] ?? '',
		)
		.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
		.replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const SCRIPT_SCHEME = /(java|vb|live)\s*script\s*:/i;
const DANGER = /(java|vb|live)\s*script\s*:|<\s*script|\bon[a-z]+\s*=|expression\s*\(/i;

/** The class a payload is filed under: the first rule that matches, most specific first. */
export function classify(title: string, payload: string, markdown: boolean): XssClass {
	const t = title.toLowerCase();
	const compact = payload.replace(/[\s\p{Cc}]+/gu, '');
	if (/mxss|mutation|namespace-confusion|namepsace-confusion/.test(t)) return 'mutation-xss';
	if (/<\s*(noscript|noembed|noframes|xmp|listing|plaintext|template)\b/i.test(payload)) {
		return 'mutation-xss';
	}
	if (
		/clobber/.test(t) ||
		/\b(id|name)\s*=\s*["']?(cookie|body|location|createElement|getElementById|attributes|submit|parentNode|nodeName|activeElement)\b/i.test(
			payload,
		)
	) {
		return 'dom-clobbering';
	}
	if (markdown || !/<[a-z!/?]/i.test(payload)) {
		if (/^\s*\[[^\]]+\]:\s/m.test(payload)) return 'reference-link';
		if (/!\[[^\]]*\]\(/.test(payload)) return 'markdown-image';
		if (/\[[^\]]*\]\(/.test(payload)) return 'markdown-link';
		if (
			/^<[a-z][a-z0-9+.-]*:[^>\s]*>?/i.test(payload.trim()) ||
			/^(javascript|https?)[:&]/i.test(payload.trim())
		) {
			return 'autolink';
		}
	}
	if (/<\s*(svg|math)\b/i.test(payload)) return 'svg/mathml';
	if (
		/\bstyle\s*=|<\s*style|expression\s*\(|-moz-binding|behavior\s*:|@import|url\s*\(/i.test(
			payload,
		)
	) {
		return 'css';
	}
	const decoded = deobfuscate(payload);
	if (decoded !== payload && DANGER.test(decoded) && !DANGER.test(payload)) {
		return 'entity/encoding obfuscation';
	}
	if (
		/&#|%[0-9a-f]{2}|\\u[0-9a-f]{4}|&[a-z]+;/i.test(payload) &&
		SCRIPT_SCHEME.test(decoded) &&
		!SCRIPT_SCHEME.test(compact)
	) {
		return 'entity/encoding obfuscation';
	}
	if (/\bon[a-z]+\s*=/i.test(payload)) return 'event-handler';
	if (SCRIPT_SCHEME.test(compact) || SCRIPT_SCHEME.test(decoded)) return 'javascript-url';
	if (/data\s*:/i.test(payload)) return 'data-url';
	if (/<[a-z!/?]/i.test(payload)) return 'raw-html-tag';
	return 'script-text';
}

function readAt(clones: string, source: Source): string {
	const folder = join(clones, source.repository.replace('/', '+'));
	const gitDir = existsSync(join(folder, 'repo')) ? join(folder, 'repo') : folder;
	return execFileSync('git', ['-C', gitDir, 'show', `${source.commit}:${source.path}`], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
}

const clones = process.argv[2];
if (clones === undefined) {
	console.error('usage: node scripts/xss-corpus.ts <folder of clones named owner+name>');
	process.exit(1);
}
const outDir = resolve(import.meta.dirname, '../tests/fixtures/xss');
mkdirSync(outDir, { recursive: true });
const byClass = new Map<XssClass, number>(XSS_CLASSES.map((name) => [name, 0]));
for (const source of SOURCES) {
	const extracted = await source.extract(readAt(resolve(clones), source));
	const unique = [...new Map(extracted.map((entry) => [entry.payload, entry])).values()];
	const file: XssSourceFile = {
		source: source.name,
		repository: source.repository,
		commit: source.commit,
		path: source.path,
		url: `https://github.com/${source.repository}/blob/${source.commit}/${source.path}`,
		license: source.license,
		licenseNote: source.licenseNote,
		vectors: unique.map((entry, index) => {
			const vectorClass = classify(entry.title ?? '', entry.payload, source.markdown);
			byClass.set(vectorClass, (byClass.get(vectorClass) ?? 0) + 1);
			return {
				id: `${source.name}-${String(index + 1).padStart(3, '0')}`,
				class: vectorClass,
				...(entry.title ? { title: entry.title } : {}),
				payload: entry.payload,
			};
		}),
	};
	writeFileSync(join(outDir, `${source.name}.json`), `${JSON.stringify(file, null, '\t')}\n`);
	console.log(`${source.name}: ${String(file.vectors.length)} vectors`);
}
for (const [name, count] of byClass) if (count > 0) console.log(`  ${name}: ${String(count)}`);

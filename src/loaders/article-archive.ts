import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
	ArticleError,
	warningsMessage,
	type ArticleProblem,
} from '../lib/article/article-error.ts';
import { articleSetProblems } from '../lib/article/article-set.ts';
import { duplicateSlugProblems, slugOf } from '../lib/article/slugs.ts';
import type { ParseOptions } from '../lib/pipeline/parse-article.ts';
import { liveTimeProblems } from '../lib/article/live.ts';
import { BUILD_TIME } from '../lib/site/publishing/build-time.ts';
import {
	splitBody,
	type BodySink,
	type FileStamp,
	type KnownFile,
	type StoredArticle,
} from './article-body-store.ts';
import {
	imageExistsFrom,
	listArticleFiles,
	readInBatches,
	readSource,
	readSources,
} from './article-files.ts';
import {
	imageReader,
	readArticleImages,
	type ImageFile,
	type ImageReader,
} from './article-images.ts';
import { parseAll, type ParseResult, type PoolOptions } from './parse-pool.ts';

/**
 * The article archive's one owner: lists the article files, reads them, digests each, parses
 * the ones whose digest is new (across threads), hands each parsed body to a sink, and runs the
 * checks only the whole archive can make. The build's loader and `npm run check:content` both
 * call `loadArchive`; they differ only in what they keep.
 */

/** One article file of the archive that parsed. */
export interface ArchiveEntry {
	/** The file, relative to the project root. */
	file: string;
	/** The file's text (read when first asked for, for a file the run did not need to read). */
	source: string;
	/** Digest of the file with everything that shapes its parse: the body's key. */
	digest: string;
	/** The file's size and modification time when it was digested. */
	stamp: FileStamp;
	/** The article without its body. */
	article: StoredArticle;
	/** Whether it was parsed in this run (false: reused from the last build). */
	parsed: boolean;
	/** Its lead and body images that are usable, read in this run, by the path it wrote. */
	images: ReadonlyMap<string, ImageFile>;
}

/** What `loadArchive` needs. */
export interface ArchiveOptions {
	/** The project root: file names in messages are relative to it. */
	root: string;
	/** The folder of article files (absolute). */
	base: string;
	/** The site settings the pipeline reads. */
	parse: ParseOptions;
	/** A digest function (the loader passes Astro's). */
	digest: (text: string) => string;
	/** Where bodies go. */
	sink: BodySink;
	/** What the last build stored for a slug, to reuse an unchanged article without parsing it. */
	previous?: (slug: string) => StoredArticle | undefined;
	/**
	 * What the last build knew of a file when its digests had this `salt` (the site settings and
	 * the pipeline's code), to reuse a file whose stamp is unchanged without reading it.
	 */
	known?: (file: string, salt: string) => KnownFile | undefined;
	/** Parse pool settings (time budget, progress). */
	pool?: PoolOptions;
}

/** The archive as one run found it. */
export interface Archive {
	/** Every file that parsed, in file order. */
	entries: ArchiveEntry[];
	/** Every problem of every file, and of the archive as a whole. */
	problems: ArticleProblem[];
	/** Every article file found (parsed or not), relative to the root. */
	files: string[];
	/** What the digests of this run were salted with (see `known`). */
	salt: string;
}

/** Lists, reads, digests, parses and checks the whole archive, collecting every problem. */
export async function loadArchive(options: ArchiveOptions): Promise<Archive> {
	const { root, base, parse, digest, sink } = options;
	const salt = digest(JSON.stringify(parse) + pipelineFingerprint(root));
	const listed = listArticleFiles(base, root);
	const { files } = listed;
	const problems: ArticleProblem[] = duplicateSlugProblems(files);
	const entries: (ArchiveEntry | undefined)[] = [];
	const stale: {
		index: number;
		file: string;
		source: string;
		digest: string;
		stamp: FileStamp;
	}[] = [];
	const stamps = listed.paths.map((path) => fileStamp(path));
	// A file whose size and time are what the last build digested, with that build's article
	// and body at hand, is not read at all: an unchanged archive costs a stat per file.
	const unread = new Set<number>();
	files.forEach((file, index) => {
		const stamp = stamps[index];
		const known = options.known?.(file, salt);
		if (stamp === undefined || known === undefined) return;
		if (known.size !== stamp.size || known.mtimeMs !== stamp.mtimeMs) return;
		const previous = options.previous?.(slugOf(file));
		if (previous?.bodyKey !== known.digest || !sink.has(known.digest)) return;
		const path = listed.paths[index] ?? '';
		entries[index] = lazyEntry(file, path, base, known.digest, previous, stamp);
		unread.add(index);
	});
	const toRead = { ...listed, paths: [] as string[], files: [] as string[] };
	const positions: number[] = [];
	files.forEach((file, index) => {
		if (unread.has(index)) return;
		toRead.paths.push(listed.paths[index] ?? '');
		toRead.files.push(file);
		positions.push(index);
	});
	readSources(toRead, base).forEach((source, position) => {
		const index = positions[position] ?? 0;
		const file = files[index] ?? '';
		if (typeof source !== 'string') {
			problems.push(source);
			return;
		}
		const key = digest(salt + source);
		const stamp = stamps[index] ?? { size: -1, mtimeMs: -1 };
		const previous = options.previous?.(slugOf(file));
		if (previous?.bodyKey === key && sink.has(key)) {
			entries[index] = {
				file,
				source,
				digest: key,
				stamp,
				article: previous,
				parsed: false,
				images: new Map(),
			};
		} else {
			stale.push({ index, file, source, digest: key, stamp });
		}
	});
	// Each article is settled (its body stored) as soon as it is parsed, while the threads parse
	// the rest: this thread waits on them otherwise. Problems are kept in file order. A sink that
	// fails (a full disk) fails the run once the threads are done, not inside a thread's message.
	const outcomes = new Array<ReturnType<typeof settle> | undefined>(stale.length);
	let failure: { error: unknown } | undefined;
	await parseAll(stale, parse, {
		...options.pool,
		onResult: (position, result) => {
			const request = stale[position];
			if (failure !== undefined || request === undefined) return;
			try {
				outcomes[position] = settle(request, result, sink);
			} catch (error) {
				failure = { error };
			}
		},
	});
	if (failure !== undefined) throw failure.error;
	outcomes.forEach((outcome, position) => {
		const request = stale[position];
		if (outcome === undefined || request === undefined) return;
		if ('problems' in outcome) problems.push(...outcome.problems);
		else entries[request.index] = outcome;
	});
	const parsed = entries.filter((entry): entry is ArchiveEntry => entry !== undefined);
	problems.push(...articleSetProblems(parsed, imageExistsFrom(root)));
	// The one check that reads the clock: an update posted after the build is a typo.
	problems.push(
		...parsed.flatMap((entry) => liveTimeProblems(entry.article, entry.file, BUILD_TIME)),
	);
	problems.push(...(await readImages(parsed, imageReader(root, base))));
	return { entries: parsed, problems, files, salt };
}

/** A file's stamp; one that cannot be read (the read will report why) stamps as unknown. */
function fileStamp(path: string): FileStamp | undefined {
	try {
		const stats = statSync(path);
		return { size: stats.size, mtimeMs: stats.mtimeMs };
	} catch {
		return undefined;
	}
}

/** The entry of a file not read: its text is read only if a check asks for it. */
function lazyEntry(
	file: string,
	path: string,
	base: string,
	digest: string,
	article: StoredArticle,
	stamp: FileStamp,
): ArchiveEntry {
	let source: string | undefined;
	return {
		file,
		get source() {
			if (source === undefined) {
				const read = readSource(path, file, base);
				source = typeof read === 'string' ? read : '';
			}
			return source;
		},
		digest,
		stamp,
		article,
		parsed: false,
		images: new Map(),
	};
}

/** Reads every entry's images (each file once) into the entry; their problems. */
async function readImages(entries: ArchiveEntry[], reader: ImageReader): Promise<ArticleProblem[]> {
	const read = await readInBatches(entries, (entry) =>
		readArticleImages(reader, entry, entry.article),
	);
	return read.flatMap(({ files, problems }, index) => {
		const entry = entries[index];
		if (entry !== undefined) entry.images = files;
		return problems;
	});
}

/** Turns one parse result into an entry (its body handed to the sink) or its problems. */
function settle(
	request: { file: string; source: string; digest: string; stamp: FileStamp },
	result: ParseResult,
	sink: BodySink,
): ArchiveEntry | { problems: ArticleProblem[] } {
	if (result.article) {
		const { stored, body } = splitBody(result.article, request.digest);
		sink.write(request.digest, body);
		return { ...request, article: stored, parsed: true, images: new Map() };
	}
	if (result.problems) return { problems: result.problems };
	// Our bug, not the editor's: still reported with the file, and the build still fails.
	return {
		problems: [
			{
				file: request.file,
				where: 'file',
				expected:
					'expected the article pipeline to parse or reject it; it crashed instead (a bug in the site generator: please report it with this file)',
				found: result.crash.split('\n')[0] ?? 'an error',
			},
		],
	};
}

/** Parses one file again (a save in `astro dev`) as `loadArchive` would; its entry or problems. */
export async function reloadArticle(
	options: Pick<ArchiveOptions, 'root' | 'base' | 'parse' | 'digest' | 'sink'>,
	file: string,
	source: string,
): Promise<ArchiveEntry | { problems: ArticleProblem[] }> {
	const salt = options.digest(JSON.stringify(options.parse) + pipelineFingerprint(options.root));
	const key = options.digest(salt + source);
	const [result] = await parseAll([{ file, source }], options.parse);
	if (!result) return { problems: [] };
	const stamp = fileStamp(join(options.root, file)) ?? { size: -1, mtimeMs: -1 };
	const outcome = settle({ file, source, digest: key, stamp }, result, options.sink);
	if ('problems' in outcome) return outcome;
	// Read again at every save: the editor may have replaced an image since.
	const problems = await readImages([outcome], imageReader(options.root, options.base));
	return problems.length > 0 ? { problems } : outcome;
}

/**
 * The warnings of every article of `archive` (problems that do not fail the build), as one
 * message to log (`warningsMessage`), or `undefined` when there are none.
 */
export function archiveWarnings(archive: Pick<Archive, 'entries'>): string | undefined {
	const warnings = archive.entries.flatMap((entry) => entry.article.warnings);
	return warnings.length === 0 ? undefined : warningsMessage(warnings);
}

/**
 * Throws problems as one `ArticleError` (no stack: the files are the editor's); `noun` names the
 * files (`article file` by default).
 */
export function throwProblems(problems: readonly ArticleProblem[], noun?: string): void {
	if (problems.length === 0) return;
	const error = new ArticleError(problems, noun);
	error.stack = '';
	throw error;
}

/** The folders of `src/lib` whose code shapes a parsed article (the rest is the site's). */
const PIPELINE_FOLDERS = ['core', 'article', 'markdown', 'pipeline'];

let fingerprint: string | undefined;

/**
 * What, besides a file and the site settings, decides how it parses: the pipeline's own code
 * (`src/lib/{core,article,markdown,pipeline}`) and the versions of the packages the build runs
 * (the lockfile's entries that are not dev-only). Editing a feed, an interface string or a test
 * tool re-parses nothing; changing the pipeline or upgrading a Markdown package re-parses all.
 */
export function pipelineFingerprint(root: string): string {
	fingerprint ??= [
		...PIPELINE_FOLDERS.flatMap((folder) => sourceFiles(join(root, 'src/lib', folder))).map(
			(path) => `${path.slice(root.length)}\n${readFileSync(path, 'utf8')}`,
		),
		runtimePackages(root),
	].join('\n');
	return fingerprint;
}

function sourceFiles(dir: string): string[] {
	try {
		return readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((name) => name.endsWith('.ts'))
			.sort()
			.map((name) => join(dir, name));
	} catch {
		return [];
	}
}

/** The lockfile's packages that the build runs (not dev-only), as a stable string. */
function runtimePackages(root: string): string {
	let lock: { packages?: Record<string, { version?: string; dev?: boolean }> };
	try {
		lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as typeof lock;
	} catch {
		return '';
	}
	return Object.entries(lock.packages ?? {})
		.filter(([, entry]) => entry.dev !== true)
		.map(([path, entry]) => `${path}@${entry.version ?? ''}`)
		.sort()
		.join('\n');
}

import { createHash } from 'node:crypto';
import { readFile, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import sharp, { type Metadata } from 'sharp';
import { describeFound, type ArticleProblem } from '../lib/article/article-error.ts';
import type { ImageRights } from '../lib/article/article-schema.ts';
import { frontMatterLine } from '../lib/article/front-matter.ts';
import type { StoredArticle } from './article-body-store.ts';
import { imageRights } from './image-rights.ts';

/**
 * The images an article shows (its lead image and its body's figures) as the build knows them:
 * each file read once per build, checked (an image sharp can read, inside the articles folder),
 * digested and its embedded rights read; then handed to `astro:assets` with the article.
 */

/** One image file of an article, read and checked. */
export interface ImageFile {
	/** The path `astro:assets` imports, relative to the article file and starting with ".". */
	importPath: string;
	/** sha256 of the file's bytes, folded into the article's entry digest. */
	digest: string;
	/** The credit, creator and copyright the file declares (IPTC/XMP). */
	rights: ImageRights;
}

/** Why an image path names no usable image. `missing` is the archive check's to report. */
type ImageFault =
	{ fault: 'missing' } | { fault: 'outside' } | { fault: 'not-image'; found: string };

/** What reading one file gave, whichever article names it. */
type ReadImage = { digest: string; rights: ImageRights } | ImageFault;

/** Reads image files for one run of the loader or check, each file once. */
export interface ImageReader {
	/** The image at `src`, written in article `file` (relative to the root). */
	read(file: string, src: string): Promise<ImageFile | ImageFault>;
}

// sharp names AVIF files "heif" (the container) with the compression "av1".
const FORMATS: ReadonlySet<string> = new Set(['jpeg', 'png', 'webp', 'heif']);

/**
 * A reader for the articles below `base` in the project at `root`. A file two articles show, or
 * an article shows twice, is read once.
 */
export function imageReader(root: string, base: string): ImageReader {
	const read = new Map<string, Promise<ReadImage>>();
	const baseReal = realpath(base).catch(() => base);
	return {
		async read(file, src) {
			const articleDir = resolve(root, dirname(file));
			const absolute = resolve(articleDir, src);
			let result = read.get(absolute);
			if (result === undefined) {
				result = baseReal.then((folder) => readImage(absolute, folder));
				read.set(absolute, result);
			}
			const image = await result;
			if ('fault' in image) return image;
			const path = relative(articleDir, absolute).split(sep).join('/');
			// Vite resolves a path without "./" as a package name.
			return { ...image, importPath: path.startsWith('../') ? path : `./${path}` };
		},
	};
}

async function readImage(absolute: string, folder: string): Promise<ReadImage> {
	let real: string;
	try {
		real = await realpath(absolute);
	} catch {
		return { fault: 'missing' };
	}
	// A path (or a link) may point anywhere on the machine; publishing such a file would leak it.
	const inside = relative(folder, real);
	if (inside.startsWith('..') || isAbsolute(inside)) return { fault: 'outside' };
	let bytes: Buffer;
	try {
		bytes = await readFile(real);
	} catch (error) {
		return { fault: 'not-image', found: `a file that cannot be read (${String(error)})` };
	}
	let metadata: Metadata;
	try {
		metadata = await sharp(bytes).metadata();
	} catch {
		return { fault: 'not-image', found: 'a file that is not an image' };
	}
	if (
		!FORMATS.has(metadata.format) ||
		(metadata.format === 'heif' && metadata.compression !== 'av1')
	) {
		return { fault: 'not-image', found: `a ${metadata.format.toUpperCase()} image` };
	}
	return {
		digest: createHash('sha256').update(bytes).digest('hex'),
		rights: imageRights(metadata),
	};
}

/** What the article-level reading of its images gave. */
interface ArticleImages {
	/** Each usable image, by the path the article wrote (`./images/x.jpg`). */
	files: Map<string, ImageFile>;
	/** An image that is not an image, or outside the articles folder; each with its line. */
	problems: ArticleProblem[];
}

/**
 * Reads the lead image and every body image of an article. A missing file is left to the
 * archive check (`articleSetProblems`), which names it with its line; a file that is not a JPEG,
 * PNG, WebP or AVIF image, or that lies outside the articles folder, is a problem here.
 */
export async function readArticleImages(
	reader: ImageReader,
	entry: { readonly file: string; readonly source: string },
	article: Pick<StoredArticle, 'meta' | 'images'>,
): Promise<ArticleImages> {
	const { file } = entry;
	// The file's text is read only to name the line of a problem (see `ArchiveEntry.source`).
	const wanted: { src: string; line: () => number | undefined; where: string }[] = [];
	const hero = article.meta.hero?.src;
	if (hero !== undefined)
		wanted.push({
			src: hero,
			line: () => frontMatterLine(entry.source, 'heroImage'),
			where: 'front matter "heroImage"',
		});
	for (const image of article.images)
		wanted.push({ src: image.src, line: () => image.line, where: 'body' });

	const files = new Map<string, ImageFile>();
	const problems: ArticleProblem[] = [];
	for (const { src, line, where } of wanted) {
		if (files.has(src)) continue;
		const image = await reader.read(file, src);
		if (!('fault' in image)) {
			files.set(src, image);
		} else if (image.fault === 'outside') {
			problems.push({
				file,
				line: line(),
				where,
				expected: 'expected an image file inside the articles folder',
				found: `${describeFound(src)}, which is outside it`,
			});
		} else if (image.fault === 'not-image') {
			problems.push({
				file,
				line: line(),
				where,
				expected: 'expected a JPEG, PNG, WebP or AVIF image',
				found: `${describeFound(src)}, ${image.found}`,
			});
		}
	}
	return { files, problems };
}

/**
 * Puts an article's content-store entry: its body key and its images handed to `astro:assets`
 * (the rest of the article is in the article index; see article-body-store.ts). The collection
 * schema's `image()` helper, run through `parseData`, marks each path as an image import, and
 * `getCollection` then gives the page `heroImage` and `bodyImages` (by the path the article
 * wrote) as image metadata (width, height, format), ready for `<Picture>`; `imageRights` keeps
 * what each file declares. The entry's digest, which is the page's `cacheKey`, folds in every
 * image's bytes: a replaced photo re-renders its page in an incremental build.
 */
export async function storeArticle(
	context: LoaderContext,
	file: string,
	sourceDigest: string,
	article: StoredArticle,
	images: ReadonlyMap<string, ImageFile>,
): Promise<void> {
	const hero = article.meta.hero === undefined ? undefined : images.get(article.meta.hero.src);
	const body = article.images.flatMap(({ src }) => {
		const image = images.get(src);
		return image === undefined ? [] : [[src, image] as const];
	});
	const { slug: id, bodyKey } = article;
	if (hero === undefined && body.length === 0) {
		context.store.set({ id, data: { bodyKey }, digest: sourceDigest, filePath: file });
		return;
	}
	const shown = [...(hero === undefined ? [] : [hero]), ...body.map(([, image]) => image)];
	const digest = context.generateDigest(
		[sourceDigest, ...shown.map((image) => image.digest)].join('\n'),
	);
	if (context.store.get(id)?.digest === digest) return;
	const rights = Object.fromEntries(
		[...images]
			.filter(([, image]) => Object.keys(image.rights).length > 0)
			.map(([src, image]) => [src, image.rights]),
	);
	const data = await context.parseData({
		id,
		data: {
			bodyKey,
			...(hero === undefined ? {} : { heroImage: hero.importPath }),
			...(body.length === 0
				? {}
				: { bodyImages: Object.fromEntries(body.map(([src, image]) => [src, image.importPath])) }),
			...(Object.keys(rights).length === 0 ? {} : { imageRights: rights }),
		},
		filePath: file,
	});
	context.store.set({ id, data, digest, filePath: file });
}

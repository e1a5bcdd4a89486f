import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import type { StoredArticle } from './article-body-store.ts';

/**
 * The lead image of a stored article, relative to its file as `astro:assets` imports it
 * (`./images/x.jpg`), and a digest of its bytes; `undefined` without a lead image or when the
 * file is missing (the archive check reports that).
 */
export function leadImageFile(
	root: string,
	file: string,
	article: StoredArticle,
): { importPath: string; digest: string } | undefined {
	const src = article.meta.hero?.src;
	if (src === undefined) return undefined;
	const articleDir = resolve(root, dirname(file));
	const absolute = resolve(articleDir, src);
	let bytes: Buffer;
	try {
		bytes = readFileSync(absolute);
	} catch {
		return undefined;
	}
	const path = relative(articleDir, absolute).split(sep).join('/');
	return {
		// Vite resolves a path without "./" as a package name.
		importPath: path.startsWith('../') ? path : `./${path}`,
		digest: createHash('sha256').update(bytes).digest('hex'),
	};
}

/**
 * Stores an article, with its lead image (if any) handed to `astro:assets`: the collection
 * schema's `image()` helper, run through `parseData`, marks the path as an image import, and
 * `getCollection` then gives the page `heroImage` as the image's metadata (width, height,
 * format), ready for `<Picture>`. The entry's digest, which is the page's `cacheKey`, folds in the
 * image's bytes: a replaced photo re-renders its page in an incremental build.
 */
export async function storeArticle(
	context: LoaderContext,
	root: string,
	file: string,
	sourceDigest: string,
	article: StoredArticle,
): Promise<void> {
	const image = leadImageFile(root, file, article);
	if (image === undefined) {
		// An entry kept from the last build may still carry the image it had then.
		const data: StoredArticle & { heroImage?: unknown } = { ...article };
		delete data.heroImage;
		context.store.set({ id: article.slug, data, digest: sourceDigest, filePath: file });
		return;
	}
	const digest = context.generateDigest(`${sourceDigest}\n${image.digest}`);
	if (context.store.get(article.slug)?.digest === digest) return;
	const data = await context.parseData({
		id: article.slug,
		data: { ...article, heroImage: image.importPath },
		filePath: file,
	});
	context.store.set({ id: article.slug, data, digest, filePath: file });
}

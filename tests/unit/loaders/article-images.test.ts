import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../../src/loaders/article-body-store.ts';
import {
	imageReader,
	readArticleImages,
	storeArticle,
	type ImageFile,
} from '../../../src/loaders/article-images.ts';
import { plainJpeg, withIptc } from '../../helpers/unit/image-metadata.ts';
import { TMP } from '../../helpers/shared/paths.ts';

mkdirSync(TMP, { recursive: true });
const root = mkdtempSync(join(TMP, 'article-images-'));
const outside = mkdtempSync(join(TMP, 'outside-'));
const base = join(root, 'articles');
const file = 'articles/2024/a.md';

beforeAll(async () => {
	mkdirSync(join(base, '2024/images'), { recursive: true });
	mkdirSync(join(base, 'shared'), { recursive: true });
	writeFileSync(join(base, '2024/images/a.jpg'), await plainJpeg(40, 30));
	writeFileSync(
		join(base, '2024/images/credited.jpg'),
		withIptc(await plainJpeg(40, 30), { credit: 'Jane Doe/Agency', copyright: '© 2019 Agency' }),
	);
	writeFileSync(join(base, 'shared/b.jpg'), await plainJpeg(20, 20, '#123456'));
	writeFileSync(join(base, '2024/images/notes.jpg'), 'not an image at all');
	writeFileSync(
		join(base, '2024/images/animated.jpg'),
		await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
			.gif()
			.toBuffer(),
	);
	writeFileSync(join(outside, 'secret.jpg'), await plainJpeg(10, 10));
	symlinkSync(join(outside, 'secret.jpg'), join(base, '2024/images/link.jpg'));
});
afterAll(() => {
	rmSync(root, { recursive: true, force: true });
	rmSync(outside, { recursive: true, force: true });
});

function article(hero?: string, images: string[] = []): StoredArticle {
	return {
		slug: 'a',
		meta: {
			title: 'T',
			description: 'D',
			type: 'news',
			pubDate: { iso: '2024-03-02', hasTime: false, epochMs: 0 },
			authors: ['A'],
			tags: [],
			lang: 'en',
			dir: 'ltr',
			corrections: [],
			draft: false,
			...(hero === undefined ? {} : { hero: { src: hero, alt: 'Alt' } }),
		},
		lead: { words: 1 },
		sections: [],
		words: 1,
		readingMinutes: 1,
		articleLinks: [],
		images: images.map((src, index) => ({ src, line: 10 + index })),
		warnings: [],
		bodyKey: 'abc123',
	};
}

const SOURCE = '---\ntitle: T\nheroImage: ./images/a.jpg\n---\n';

describe('imageReader', () => {
	it('gives the path astro:assets imports, relative to the article and starting with "."', async () => {
		const reader = imageReader(root, base);
		const path = async (src: string) => {
			const image = await reader.read(file, src);
			return 'importPath' in image ? image.importPath : image.fault;
		};
		expect(await path('images/a.jpg')).toBe('./images/a.jpg');
		expect(await path('./images/a.jpg')).toBe('./images/a.jpg');
		expect(await path('../shared/b.jpg')).toBe('../shared/b.jpg');
	});

	it('reads each file once: a file gone after its first read is still known', async () => {
		const reader = imageReader(root, base);
		writeFileSync(join(base, '2024/images/once.jpg'), await plainJpeg(5, 5));
		const first = await reader.read(file, './images/once.jpg');
		rmSync(join(base, '2024/images/once.jpg'));
		expect(await reader.read('articles/2024/b.md', 'images/once.jpg')).toEqual(first);
	});

	it('digests the bytes and reads the rights the file declares', async () => {
		const image = (await imageReader(root, base).read(file, './images/credited.jpg')) as ImageFile;
		expect(image.digest).toMatch(/^[0-9a-f]{64}$/);
		expect(image.rights).toEqual({ credit: 'Jane Doe/Agency', copyright: '© 2019 Agency' });
	});

	it.each([
		['./images/nope.jpg', { fault: 'missing' }],
		['./images/notes.jpg', { fault: 'not-image', found: 'a file that is not an image' }],
		['./images/animated.jpg', { fault: 'not-image', found: 'a GIF image' }],
		['../../../outside.jpg', { fault: 'missing' }],
		['./images/link.jpg', { fault: 'outside' }],
	])('finds %s faulty', async (src, fault) => {
		expect(await imageReader(root, base).read(file, src)).toEqual(fault);
	});
});

describe('readArticleImages', () => {
	it('reads the lead and body images, naming each faulty one with its line', async () => {
		const { files, problems } = await readArticleImages(
			imageReader(root, base),
			{ file, source: SOURCE },
			article('./images/a.jpg', [
				'./images/credited.jpg',
				'./images/notes.jpg',
				'./images/gone.jpg',
				'./images/link.jpg',
			]),
		);
		expect([...files.keys()]).toEqual(['./images/a.jpg', './images/credited.jpg']);
		expect(problems).toEqual([
			{
				file,
				line: 11,
				where: 'body',
				expected: 'expected a JPEG, PNG, WebP or AVIF image',
				found: '"./images/notes.jpg", a file that is not an image',
			},
			{
				file,
				line: 13,
				where: 'body',
				expected: 'expected an image file inside the articles folder',
				found: '"./images/link.jpg", which is outside it',
			},
		]);
	});

	it('reads the text of an article only to name the line of a problem', async () => {
		let reads = 0;
		const entry = {
			file,
			get source() {
				reads += 1;
				return '---\ntitle: T\nheroImage: ./images/a.jpg\n---\n';
			},
		};
		await readArticleImages(imageReader(root, base), entry, article('./images/a.jpg'));
		expect(reads).toBe(0);
		await readArticleImages(imageReader(root, base), entry, article('./images/notes.jpg'));
		expect(reads).toBe(1);
	});

	it('names a lead image that is not an image on its front-matter line', async () => {
		const { problems } = await readArticleImages(
			imageReader(root, base),
			{ file, source: '---\ntitle: T\nheroImage: ./images/notes.jpg\n---\n' },
			article('./images/notes.jpg'),
		);
		expect(problems).toEqual([
			expect.objectContaining({ line: 3, where: 'front matter "heroImage"' }),
		]);
	});
});

/** The parts of a loader context `storeArticle` uses, recording what it stores and validates. */
function fakeContext() {
	const entries = new Map<string, { data: Record<string, unknown>; digest?: string | number }>();
	const parsed: unknown[] = [];
	const context = {
		generateDigest: (data: string) => createHash('sha1').update(data).digest('hex'),
		parseData: ({ data }: { data: Record<string, unknown> }) => {
			parsed.push(data);
			return Promise.resolve(data);
		},
		store: {
			get: (id: string) => entries.get(id),
			set: (entry: { id: string; data: Record<string, unknown>; digest?: string }) => {
				entries.set(entry.id, entry);
				return true;
			},
		},
	} as unknown as LoaderContext;
	return { context, entries, parsed };
}

function image(importPath: string, digest: string, rights = {}): ImageFile {
	return { importPath, digest, rights };
}

describe('storeArticle', () => {
	it('stores an article without images as its body key alone, with the source digest', async () => {
		const { context, entries, parsed } = fakeContext();
		const stored = article();
		await storeArticle(context, file, 'source-digest', stored, new Map());
		expect(entries.get('a')?.data).toEqual({ bodyKey: stored.bodyKey });
		expect(entries.get('a')?.digest).toBe('source-digest');
		expect(parsed).toEqual([]);
	});

	it('hands the lead and body images to image() by the path written, with their rights', async () => {
		const { context, parsed } = fakeContext();
		await storeArticle(
			context,
			file,
			'source-digest',
			article('./images/a.jpg', ['images/b.jpg']),
			new Map([
				['./images/a.jpg', image('./images/a.jpg', '1')],
				['images/b.jpg', image('./images/b.jpg', '2', { credit: 'Jane Doe' })],
			]),
		);
		// The rest of the article is in the article index, not in the content store.
		expect(parsed).toEqual([
			{
				bodyKey: expect.any(String) as string,
				heroImage: './images/a.jpg',
				bodyImages: { 'images/b.jpg': './images/b.jpg' },
				imageRights: { 'images/b.jpg': { credit: 'Jane Doe' } },
			},
		]);
	});

	it("folds every image's digest into the entry's, and skips an unchanged entry", async () => {
		const { context, entries, parsed } = fakeContext();
		const stored = article(undefined, ['./c.jpg']);
		await storeArticle(context, file, 'd', stored, new Map([['./c.jpg', image('./c.jpg', 'x')]]));
		const first = entries.get('a')?.digest;
		await storeArticle(context, file, 'd', stored, new Map([['./c.jpg', image('./c.jpg', 'x')]]));
		expect(parsed).toHaveLength(1);
		await storeArticle(context, file, 'd', stored, new Map([['./c.jpg', image('./c.jpg', 'y')]]));
		expect(entries.get('a')?.digest).not.toBe(first);
		expect(parsed).toHaveLength(2);
	});

	it('drops the images an entry kept from the last build once the article has none', async () => {
		const { context, entries } = fakeContext();
		const kept = { ...article(), heroImage: 'old', bodyImages: {}, imageRights: {} };
		await storeArticle(context, file, 'd', kept, new Map());
		expect(entries.get('a')?.data).toEqual({ bodyKey: kept.bodyKey });
	});
});

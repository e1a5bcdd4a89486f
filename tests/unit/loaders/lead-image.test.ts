import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../../src/loaders/article-body-store.ts';
import { leadImageFile, storeArticle } from '../../../src/loaders/lead-image.ts';
import { TMP } from '../../helpers/paths.ts';

mkdirSync(TMP, { recursive: true });
const root = mkdtempSync(join(TMP, 'lead-image-'));
mkdirSync(join(root, 'articles/2024/images'), { recursive: true });
mkdirSync(join(root, 'articles/shared'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

function article(src?: string): StoredArticle {
	return {
		slug: 'a',
		meta: {
			title: 'T',
			description: 'D',
			pubDate: { iso: '2024-03-02', hasTime: false, epochMs: 0 },
			authors: ['A'],
			tags: [],
			lang: 'en',
			dir: 'ltr',
			corrections: [],
			draft: false,
			...(src === undefined ? {} : { hero: { src, alt: 'Alt' } }),
		},
		lead: { words: 1 },
		sections: [],
		words: 1,
		readingMinutes: 1,
		articleLinks: [],
		images: [],
		warnings: [],
		bodyKey: 'abc123',
	};
}

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

describe('leadImageFile', () => {
	it('gives the path astro:assets imports, relative to the article and starting with "."', () => {
		writeFileSync(join(root, 'articles/2024/images/a.jpg'), 'one');
		writeFileSync(join(root, 'articles/shared/b.jpg'), 'two');
		const file = 'articles/2024/a.md';
		expect(leadImageFile(root, file, article('images/a.jpg'))?.importPath).toBe('./images/a.jpg');
		expect(leadImageFile(root, file, article('./images/a.jpg'))?.importPath).toBe('./images/a.jpg');
		expect(leadImageFile(root, file, article('../shared/b.jpg'))?.importPath).toBe(
			'../shared/b.jpg',
		);
	});

	it('gives nothing without a lead image, or when its file is missing', () => {
		expect(leadImageFile(root, 'articles/2024/a.md', article())).toBeUndefined();
		expect(leadImageFile(root, 'articles/2024/a.md', article('./nope.jpg'))).toBeUndefined();
	});
});

describe('storeArticle', () => {
	const file = 'articles/2024/a.md';
	const image = join(root, 'articles/2024/images/c.jpg');

	it('stores an article without a lead image under its source digest, unvalidated', async () => {
		const { context, entries, parsed } = fakeContext();
		await storeArticle(context, root, file, 'source-digest', article());
		expect(entries.get('a')?.digest).toBe('source-digest');
		expect(entries.get('a')?.data).not.toHaveProperty('heroImage');
		expect(parsed).toEqual([]);
	});

	it("hands the lead image to the schema's image() and changes the digest when its bytes change", async () => {
		const { context, entries, parsed } = fakeContext();
		writeFileSync(image, 'first photo');
		await storeArticle(context, root, file, 'source-digest', article('./images/c.jpg'));
		const first = entries.get('a');
		expect(first?.data['heroImage']).toBe('./images/c.jpg');
		expect(first?.digest).not.toBe('source-digest');
		expect(parsed).toHaveLength(1);

		// Same bytes: nothing to do, not even validation.
		await storeArticle(context, root, file, 'source-digest', article('./images/c.jpg'));
		expect(parsed).toHaveLength(1);

		writeFileSync(image, 'second photo');
		await storeArticle(context, root, file, 'source-digest', article('./images/c.jpg'));
		expect(entries.get('a')?.digest).not.toBe(first?.digest);
		expect(parsed).toHaveLength(2);

		// The file is gone (the archive check reports it): the entry no longer claims an image.
		rmSync(image);
		const kept = entries.get('a')?.data as unknown as StoredArticle;
		await storeArticle(context, root, file, 'source-digest', kept);
		expect(entries.get('a')?.data).not.toHaveProperty('heroImage');
		expect(entries.get('a')?.digest).toBe('source-digest');
	});
});

import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	decodeArticle,
	MAX_ARTICLE_BYTES,
	readSource,
} from '../../../src/loaders/article-files.ts';

const text = (value: string) => new TextEncoder().encode(value);

describe('decodeArticle', () => {
	it('gives the text of a UTF-8 file, Arabic included', () => {
		expect(decodeArticle(text('---\ntitle: بغداد\n---\n'), 'a.md')).toBe(
			'---\ntitle: بغداد\n---\n',
		);
	});

	it('names a binary file instead of reading it as text', () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
		expect(decodeArticle(png, 'photo.md')).toEqual({
			file: 'photo.md',
			where: 'file',
			expected: 'expected a UTF-8 text file',
			found: 'binary data (a NUL byte at byte 8)',
		});
	});

	it('names the line of bytes that are not UTF-8, rather than losing words to U+FFFD', () => {
		const latin1 = new Uint8Array([
			...text('---\ntitle: T\n---\n\nThe caf'),
			0xe9,
			...text(' opened.\n'),
		]);
		expect(decodeArticle(latin1, 'cafe.md')).toEqual({
			file: 'cafe.md',
			line: 5,
			where: 'file',
			expected: 'expected UTF-8 text (save the file as UTF-8)',
			found: 'bytes that are not UTF-8 (Latin-1 or Windows-1252, perhaps)',
		});
	});
});

describe('readSource', () => {
	it('refuses a file larger than the limit, naming its size, without parsing it', () => {
		const dir = mkdtempSync(join(tmpdir(), 'article-files-'));
		try {
			const path = join(dir, 'dump.md');
			writeFileSync(path, `---\ntitle: T\n---\n\n${'x'.repeat(MAX_ARTICLE_BYTES)}\n`);
			expect(readSource(path, 'content/articles/dump.md', dir, false)).toEqual({
				file: 'content/articles/dump.md',
				where: 'file',
				expected: "expected an article file of at most 5 MB (the build's limit for one file)",
				found: '5.0 MB',
			});
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

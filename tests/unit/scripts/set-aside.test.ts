import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Trash } from '../../../scripts/bench/set-aside.ts';

const root = mkdtempSync(join(tmpdir(), 'set-aside-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the bench's trash", () => {
	it('sets a folder aside under a name of its own each time, and deletes them all when emptied', () => {
		const trash = new Trash(join(root, 'trash'));
		const dist = join(root, 'dist');
		for (const build of ['first', 'second']) {
			mkdirSync(join(dist, 'articles/a'), { recursive: true });
			writeFileSync(join(dist, 'articles/a/index.html'), build);
			trash.setAside(dist);
			expect(existsSync(dist)).toBe(false);
		}
		const kept = readdirSync(join(root, 'trash')).sort();
		expect(kept).toEqual(['1-dist', '2-dist']);
		expect(readFileSync(join(root, 'trash/2-dist/articles/a/index.html'), 'utf8')).toBe('second');
		trash.empty();
		expect(existsSync(join(root, 'trash'))).toBe(false);
	});

	it('does nothing for a folder that does not exist', () => {
		const trash = new Trash(join(root, 'nothing-trash'));
		trash.setAside(join(root, 'missing'));
		expect(existsSync(join(root, 'nothing-trash'))).toBe(false);
	});
});

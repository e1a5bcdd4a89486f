import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYOUT_IDS } from '../../../src/lib/markdown/rehype-heading-ids.ts';
import { ROOT } from '../../helpers/shared/paths.ts';

const FOLDERS = ['src/components', 'src/layouts', 'src/pages'];

/** Every literal `id="..."` in the site's components, layouts and pages, with its file. */
function layoutIds(): { file: string; id: string }[] {
	return FOLDERS.flatMap((folder) =>
		readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
			.filter((name) => name.endsWith('.astro'))
			.flatMap((name) => {
				const source = readFileSync(join(ROOT, folder, name), 'utf8');
				return [...source.matchAll(/\bid=["']([^"'{}]+)["']/g)].map((match) => ({
					file: `${folder}/${name}`,
					id: match[1] ?? '',
				}));
			}),
	);
}

describe('LAYOUT_IDS', () => {
	it('lists every id the layouts write, so no heading id can take one', () => {
		const found = layoutIds();
		expect(found.map(({ id }) => id)).toContain('main');
		expect(found.filter(({ id }) => !LAYOUT_IDS.includes(id))).toEqual([]);
	});
});

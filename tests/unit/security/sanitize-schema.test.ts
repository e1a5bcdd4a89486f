import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { describe, expect, it } from 'vitest';
import {
	ADDED_TAG_NAMES,
	REMOVED_GLOBAL_ATTRIBUTES,
	articleSanitizeSchema,
} from '../../../src/lib/markdown/sanitize-schema.ts';
import { SCRIPT_CAPABLE_ELEMENTS, URL_PROPERTIES } from '../../helpers/shared/html-safety.ts';

/** Every attribute name a schema allows on any element (`'*'` included). */
function allowedAttributes(schema: Schema): Set<string> {
	return new Set(
		Object.values(schema.attributes ?? {}).flatMap((list) =>
			list.map((entry) => (typeof entry === 'string' ? entry : entry[0])),
		),
	);
}

const allowed = allowedAttributes(articleSanitizeSchema);

describe('the article sanitize schema', () => {
	it('gives every URL attribute it allows a protocol list of web and mail schemes only', () => {
		const urlAttributes = [...allowed].filter((name) => URL_PROPERTIES.includes(name));
		// The derivation found the URL attributes the default schema is known to allow.
		expect(urlAttributes).toEqual(expect.arrayContaining(['href', 'src', 'cite', 'srcSet']));
		for (const name of urlAttributes) {
			const protocols = articleSanitizeSchema.protocols?.[name];
			expect(protocols, `${name} has no protocol list`).toBeDefined();
			expect(protocols?.length, `${name}: an empty list allows every scheme`).toBeGreaterThan(0);
			expect(protocols?.filter((scheme) => !['http', 'https', 'mailto'].includes(scheme))).toEqual(
				[],
			);
		}
	});

	it('allows no script-capable element, no event handler and no style attribute', () => {
		const tags = articleSanitizeSchema.tagNames ?? [];
		expect(tags.filter((tag) => SCRIPT_CAPABLE_ELEMENTS.has(tag))).toEqual([]);
		expect([...allowed].filter((name) => /^on/i.test(name) || name === 'style')).toEqual([]);
	});

	it('differs from the default only by the listed allowances and removals', () => {
		const defaultTags = new Set(defaultSchema.tagNames);
		expect((articleSanitizeSchema.tagNames ?? []).filter((tag) => !defaultTags.has(tag))).toEqual(
			Object.keys(ADDED_TAG_NAMES),
		);
		const defaultAttributes = allowedAttributes(defaultSchema);
		expect([...allowed].filter((name) => !defaultAttributes.has(name))).toEqual([]);
		expect([...defaultAttributes].filter((name) => !allowed.has(name)).sort()).toEqual(
			Object.keys(REMOVED_GLOBAL_ATTRIBUTES).sort(),
		);
	});

	it('keeps the clobber prefix on author ids, names and the aria references to them', () => {
		expect(articleSanitizeSchema.clobberPrefix).toBe('user-content-');
		expect(articleSanitizeSchema.clobber).toEqual(
			expect.arrayContaining(['id', 'name', 'ariaDescribedBy', 'ariaLabelledBy']),
		);
	});
});

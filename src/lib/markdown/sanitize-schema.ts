import { defaultSchema, type Schema } from 'hast-util-sanitize';

const GLOBAL_ATTRIBUTES = (defaultSchema.attributes?.['*'] ?? []).filter(
	// accessKey lets an article rebind the reader's keys; tabIndex lets it reorder keyboard focus.
	(attribute) => attribute !== 'accessKey' && attribute !== 'tabIndex',
);

/**
 * The allow-list for article HTML: GitHub's (hast-util-sanitize's default) plus what a news
 * article needs, each with its reason. Author-written `id`/`name` keep the `user-content-`
 * clobber prefix, so they can never collide with the layout's own ids.
 */
export const articleSanitizeSchema: Schema = {
	...defaultSchema,
	// Captions for images and quotes: a news article's figures carry credits.
	tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption'],
	attributes: {
		...defaultSchema.attributes,
		'*': GLOBAL_ATTRIBUTES,
	},
};

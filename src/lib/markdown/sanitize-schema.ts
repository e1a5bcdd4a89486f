import { defaultSchema, type Schema } from 'hast-util-sanitize';

/**
 * Global attributes of the default (GitHub's) schema that articles may NOT use, with the reason.
 * docs/security.md lists the same.
 */
export const REMOVED_GLOBAL_ATTRIBUTES: Readonly<Record<string, string>> = {
	accessKey: "rebinds the reader's keyboard shortcuts",
	tabIndex: 'reorders keyboard focus (or takes it out of the page)',
	// Form attributes: articles have no forms (form, button and non-checkbox inputs are not
	// allowed), and `action` is a URL that no protocol list guards.
	action: 'a form URL; articles have no forms',
	accept: 'form-only; articles have no forms',
	acceptCharset: 'form-only; articles have no forms',
	encType: 'form-only; articles have no forms',
	method: 'form-only; articles have no forms',
};

/** Elements added to the default schema, with the reason. */
export const ADDED_TAG_NAMES: Readonly<Record<string, string>> = {
	figure: "groups an image or quote with its caption: a news article's figures carry credits",
	figcaption: 'the caption (and credit) of a figure',
};

/** Schemes an article link may use: the web and e-mail. */
const LINK_PROTOCOLS = ['http', 'https', 'mailto'];
/** Schemes for every other URL: the web only. */
const WEB_PROTOCOLS = ['http', 'https'];

/**
 * Every attribute the schema allows whose value is a URL, with the schemes it may use. A URL
 * attribute without an entry here would take any scheme (`javascript:`, `data:`), so the unit
 * tests check that each URL attribute the schema allows is listed. Relative URLs (no scheme)
 * always pass; the pipeline's remote-image step decides what may load from another site.
 */
export const URL_PROTOCOLS: Readonly<Record<string, string[]>> = {
	// Default: http, https, irc, ircs, mailto, xmpp. Chat links have no place in an article.
	href: LINK_PROTOCOLS,
	src: WEB_PROTOCOLS,
	// Default: no entry, so any scheme passed. Each candidate of the list is checked.
	srcSet: WEB_PROTOCOLS,
	cite: WEB_PROTOCOLS,
	longDesc: WEB_PROTOCOLS,
	// Default: no entry. A microdata vocabulary URL on `div`; never loaded, still a URL.
	itemType: WEB_PROTOCOLS,
	// Default: no entry. Names a `<map>` (`#name`); no map element is allowed, so it is inert.
	useMap: WEB_PROTOCOLS,
};

const GLOBAL_ATTRIBUTES = (defaultSchema.attributes?.['*'] ?? []).filter(
	(attribute) => typeof attribute !== 'string' || !(attribute in REMOVED_GLOBAL_ATTRIBUTES),
);

/**
 * The allow-list for article HTML: GitHub's (hast-util-sanitize's default) plus `figure` and
 * `figcaption`, minus the global attributes in `REMOVED_GLOBAL_ATTRIBUTES`, with a scheme list
 * on every URL attribute (`URL_PROTOCOLS`). Author-written `id`/`name` (and the aria
 * references to them) keep the `user-content-` clobber prefix, so they can never collide with
 * the layout's own ids or shadow `document` properties (DOM clobbering). `script` content is
 * dropped whole; every other unknown element is unwrapped to its text.
 */
export const articleSanitizeSchema: Schema = {
	...defaultSchema,
	tagNames: [...(defaultSchema.tagNames ?? []), ...Object.keys(ADDED_TAG_NAMES)],
	attributes: {
		...defaultSchema.attributes,
		'*': GLOBAL_ATTRIBUTES,
	},
	protocols: { ...URL_PROTOCOLS },
	clobberPrefix: 'user-content-',
	clobber: ['ariaDescribedBy', 'ariaLabelledBy', 'id', 'name'],
	// Default: script only. A style sheet's text is not prose; unwrapped it would show as text.
	strip: ['script', 'style'],
};

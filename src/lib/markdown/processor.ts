import type { ElementContent, Root as HastRoot } from 'hast';
import type { Parents as MdastParents, Root as MdastRoot } from 'mdast';
import type { State } from 'mdast-util-to-hast';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';
import { LAYOUT_IDS, rehypeHeadingIds } from './rehype-heading-ids.ts';
import { rehypeRawWhenPresent } from './rehype-raw-when-present.ts';
import { rehypeRemoteImages } from './rehype-remote-images.ts';
import { rehypeSanitizeArticle } from './rehype-sanitize-article.ts';
import { remarkArticleLinks } from './remark-article-links.ts';
import { remarkNoTopHeading } from './remark-no-top-heading.ts';
import type { ArticleBlockNode } from './article-block-node.ts';
import { remarkArticleBlocks } from './remark-article-blocks.ts';
import { remarkSatteriParse } from './remark-satteri-parse.ts';
import { articleSanitizeSchema } from './sanitize-schema.ts';

/** The article processor: parses Markdown and runs every step up to trusted hast. */
export type ArticleProcessor = Processor<MdastRoot, MdastRoot, HastRoot, undefined, undefined>;

/**
 * The one place the pipeline's order lives (src/lib/markdown/README.md explains it). Untrusted
 * steps come first; `rehypeSanitizeArticle` is the trust boundary; only our own steps follow.
 * The section split and stringify happen in `parseArticle`, on the trusted tree.
 */
export function createArticleProcessor(): ArticleProcessor {
	return (
		unified()
			// CommonMark, GFM and directives in one native parse; it refuses bodies nested too deep
			// for the recursive steps below.
			.use(remarkSatteriParse)
			// Blocks become typed data before remark-rehype, so they never pass through as HTML; an
			// unknown block directive is an error, and text directives go back to their text.
			.use(remarkArticleBlocks)
			.use(remarkNoTopHeading)
			// Reads links before remark-rehype; it records and changes nothing.
			.use(remarkArticleLinks)
			.use(remarkRehype, {
				allowDangerousHtml: true,
				// A block passes into hast as the same data, for rehypeSanitizeArticle to keep (it is a
				// root-level node, which hast's ElementContent type does not list); its rich text, its
				// children, becomes hast like the rest of the body, to be parsed and sanitized with it.
				handlers: {
					articleBlock: (state: State, node: ArticleBlockNode) => {
						for (const slot of node.children)
							slot.children = state.all(slot as unknown as MdastParents);
						return node as unknown as ElementContent;
					},
				},
			})
			// Raw HTML is parsed into elements before sanitizing, so the sanitizer judges each
			// element and attribute instead of dropping whole blocks of prose.
			// A block's rich text (its blockSlot children) is parsed on its own, inside the block.
			.use(rehypeRawWhenPresent, { passThrough: ['articleBlock', 'blockSlot'] })
			// Images from other sites become links before the sanitizer judges them.
			.use(rehypeRemoteImages)
			// The trust boundary: nothing untrusted runs after this line.
			.use(rehypeSanitizeArticle, articleSanitizeSchema)
			// Ids are added after sanitizing so they are not given the user-content- prefix.
			.use(rehypeHeadingIds, { reserved: LAYOUT_IDS })
	);
}

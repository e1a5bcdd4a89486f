import type { Block } from '../../article/article-schema.ts';
import type { UiStrings } from '../i18n/strings.ts';

/**
 * What a component that renders one block of an article body is given, on the full page
 * (`ArticleBlock`) and in the text-only edition (`LiteBlock`); each adds how it shows images.
 */
export interface BlockProps {
	/** The block's typed data, from the pipeline. */
	block: Block;
	/** Interface strings in the article's language (or the fallback language). */
	strings: UiStrings;
	/** The strings' `lang` when it is not the article's. */
	stringsLang?: string | undefined;
	/** The article's language, which its dates are formatted in. */
	lang: string;
	/** The rank a block's own heading takes: 2 in the lead, 3 in a section. */
	headingLevel: 2 | 3;
	/** Site settings blocks need. */
	site: { videoPlayerUrl: string; timeZone: string };
}

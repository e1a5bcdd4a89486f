import type { UiStrings } from '../../../lib/site/i18n/strings.ts';

/** The interface words a block shows (a gate's, a credit's label), and the language they are in. */
export interface BlockStrings {
	/** Interface strings. */
	strings: UiStrings;
	/** The strings' `lang` when it is not the article's. */
	stringsLang?: string | undefined;
}

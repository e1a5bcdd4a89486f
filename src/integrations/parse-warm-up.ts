import type { AstroIntegration } from 'astro';
import type { ParseOptions } from '../lib/pipeline/parse-article.ts';
import { warmParseThread } from '../loaders/parse-thread.ts';

/**
 * Starts one article parse thread as soon as Astro has read the config, so that it loads the
 * pipeline while Astro sets itself up (a second or more before content syncs) rather than after
 * the loader has found what changed: a build that changed one article then parses it at once.
 * The loader's first parse takes the thread (`src/loaders/parse-thread.ts`); when nothing needs
 * parsing, the loader stops it.
 */
export function parseWarmUp(options: ParseOptions): AstroIntegration {
	return {
		name: 'parse-warm-up',
		hooks: {
			'astro:config:setup': ({ command }) => {
				// `astro preview` serves what was built and syncs no content.
				if (command !== 'preview') warmParseThread(options);
			},
		},
	};
}

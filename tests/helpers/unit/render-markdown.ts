import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { createArticleProcessor } from '../../../src/lib/markdown/processor.ts';

/** Markdown through the article processor (up to the trusted tree), as HTML. */
export function renderMarkdown(markdown: string): string {
	const processor = createArticleProcessor();
	const file = new VFile(markdown);
	return toHtml(processor.runSync(processor.parse(file), file));
}

import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Reports `# ` headings in a body: the headline is the front matter's `title` and the page's
 * only `h1`; sections start at `## `.
 */
export const remarkNoTopHeading: Plugin<[], Root> = () => (tree, file) => {
	visit(tree, 'heading', (node) => {
		if (node.depth === 1) {
			file.message(
				'expected sections to start with "## " (the headline is the title field), found a "# " heading',
				node,
				'article:heading',
			);
		}
	});
};

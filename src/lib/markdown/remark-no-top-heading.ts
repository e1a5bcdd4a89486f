import type { Nodes, Root } from 'mdast';
import type { Plugin } from 'unified';
import { walk } from './walk.ts';

/**
 * Reports `# ` headings in a body: the headline is the front matter's `title` and the page's
 * only `h1`; sections start at `## `.
 */
export const remarkNoTopHeading: Plugin<[], Root> = () => (tree, file) => {
	walk<Nodes>(tree, (node) => {
		if (node.type === 'heading' && node.depth === 1) {
			file.message(
				'expected sections to start with "## " (the headline is the title field), found a "# " heading',
				node,
				'article:heading',
			);
		}
	});
};

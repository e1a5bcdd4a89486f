import {
	articleBlocks,
	blockFigures,
	type Article,
	type FigureImage,
} from '../../article/article-schema.ts';

/**
 * The images of an article's body that it shows openly (figures, and each figure of a gallery),
 * in reading order, each file once: what its metadata may list. A sensitive figure or gallery
 * is left out, since a search result or preview would show what the article hides.
 */
export function openBodyFigures(article: Pick<Article, 'lead' | 'sections'>): FigureImage[] {
	const seen = new Set<string>();
	return articleBlocks(article)
		.flatMap(({ block }) =>
			'sensitive' in block && block.sensitive !== undefined ? [] : blockFigures(block),
		)
		.filter((figure) => !seen.has(figure.src) && seen.add(figure.src));
}

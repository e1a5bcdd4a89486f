import {
	articleBlocks,
	blockFigures,
	type Article,
	type Block,
	type FigureImage,
} from '../../article/article-schema.ts';

/**
 * The images of an article's body that it shows openly (figures, and each figure of a gallery),
 * in reading order, each file once: what its metadata may list. A sensitive figure or gallery
 * is left out, since a search result or preview would show what the article hides.
 */
export function openBodyFigures(article: Pick<Article, 'lead' | 'sections'>): FigureImage[] {
	return openFigures(articleBlocks(article).map(({ block }) => block));
}

/**
 * The images an article shows openly in its body (`openBodyFigures`), then in its live updates,
 * newest first, each file once: what its feeds (the article's full text, its updates) may show.
 */
export function openBodyAndUpdateFigures(
	article: Pick<Article, 'lead' | 'sections' | 'live'>,
): FigureImage[] {
	const updateBlocks = (article.live?.updates ?? []).flatMap((update) =>
		update.parts.flatMap((part) => (part.kind === 'html' ? [] : [part])),
	);
	return openFigures([...articleBlocks(article).map(({ block }) => block), ...updateBlocks]);
}

function openFigures(blocks: readonly Block[]): FigureImage[] {
	const seen = new Set<string>();
	return blocks
		.flatMap((block) =>
			'sensitive' in block && block.sensitive !== undefined ? [] : blockFigures(block),
		)
		.filter((figure) => !seen.has(figure.src) && seen.add(figure.src));
}

import {
	articleBlocks,
	blockFigures,
	type Article,
	type FigureImage,
} from '../../article/article-schema.ts';

/**
 * The id of the lead image's `<figure>` on an article page. Heading ids (github-slugger) never
 * hold a dot and authors' ids carry the `user-content-` prefix, so no id of the body can take it.
 */
export const LEAD_IMAGE_ID = 'photo.lead';

/**
 * The id of each photograph of an article's body on its page (`photo.1`, `photo.2`…, in reading
 * order, a gallery's figures each one), so the text-only edition can link every image it leaves
 * out to its place on the full page. Keyed by the figure's object in `article`: the same image
 * written twice gets two ids. For the dot, see `LEAD_IMAGE_ID`.
 */
export function figureIds(
	article: Pick<Article, 'lead' | 'sections'>,
): ReadonlyMap<FigureImage, string> {
	const figures = articleBlocks(article).flatMap(({ block }) => blockFigures(block));
	return new Map(figures.map((figure, index) => [figure, `photo.${String(index + 1)}`]));
}

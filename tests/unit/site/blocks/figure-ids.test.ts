import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../src/lib/pipeline/parse-article.ts';
import { figureIds, LEAD_IMAGE_ID } from '../../../../src/lib/site/blocks/figure-ids.ts';
import { addHeadingIds } from '../../../../src/lib/markdown/rehype-heading-ids.ts';
import { TEST_OPTIONS, articleSource } from '../../../helpers/shared/article-options.ts';
import { h } from 'hastscript';

const body = [
	'![The gate](./images/gate.jpg)',
	'',
	'## Photo 1',
	'',
	'::::gallery',
	'![The wall](./images/wall.jpg)',
	'![The gate](./images/gate.jpg)',
	'::::',
	'',
	':::figure{src=./images/injured.jpg alt="A wounded man" sensitive="Shows the injured"}',
	'Caption.',
	':::',
].join('\n');

describe('figureIds', () => {
	it('numbers every photograph of the body in reading order, a gallery its figures each, a repeated file twice', () => {
		const article = parseArticle(articleSource(body), 'content/articles/x.md', TEST_OPTIONS);
		const ids = figureIds(article);
		const srcs = [...ids].map(([figure, id]) => `${id} ${figure.src}`);
		expect(srcs).toEqual([
			'photo.1 ./images/gate.jpg',
			'photo.2 ./images/wall.jpg',
			'photo.3 ./images/gate.jpg',
			'photo.4 ./images/injured.jpg',
		]);
	});

	it('gives ids no heading can take: a heading "Photo 1" or "photo.lead" gets its own', () => {
		const tree = h(null, [h('h2', 'Photo 1'), h('h2', 'photo.1'), h('h2', LEAD_IMAGE_ID)]);
		addHeadingIds(tree, []);
		const ids = tree.children.map((node) => (node.type === 'element' ? node.properties['id'] : ''));
		expect(ids).toEqual(['photo-1', 'photo1', 'photolead']);
	});
});

import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../src/lib/pipeline/parse-article.ts';
import { openBodyFigures } from '../../../../src/lib/site/blocks/body-figures.ts';
import { TEST_OPTIONS, articleSource } from '../../../helpers/shared/article-options.ts';

const body = [
	'![The gate](./images/gate.jpg)',
	'',
	'::::gallery{sensitive="Shows the dead"}',
	'![The street](./images/street.jpg)',
	'![The square](./images/square.jpg)',
	'::::',
	'',
	'::figure[Caption.]{src=./images/injured.jpg alt="A wounded man" sensitive="Shows the injured"}',
	'',
	'::::gallery',
	'![The wall](./images/wall.jpg)',
	'![The gate](./images/gate.jpg)',
	'::::',
].join('\n');

describe('openBodyFigures', () => {
	it('lists the open photographs in reading order, a gallery its figures each, each file once', () => {
		const article = parseArticle(articleSource(body), 'content/articles/x.md', TEST_OPTIONS);
		expect(openBodyFigures(article).map((figure) => figure.src)).toEqual([
			'./images/gate.jpg',
			'./images/wall.jpg',
		]);
	});
});

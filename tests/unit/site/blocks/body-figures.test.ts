import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../src/lib/pipeline/parse-article.ts';
import {
	openBodyAndUpdateFigures,
	openBodyFigures,
} from '../../../../src/lib/site/blocks/body-figures.ts';
import { TEST_OPTIONS, articleSource } from '../../../helpers/shared/article-options.ts';

const body = [
	'Protesters gathered at the embassy.',
	'',
	'![The gate](./images/gate.jpg)',
	'',
	'::::gallery',
	'![The wall](./images/wall.jpg)',
	'![The gate](./images/gate.jpg)',
	'::::',
	'',
	':::figure{src=./images/injured.jpg alt="A wounded man" sensitive="Shows the injured"}',
	'Caption.',
	':::',
	'',
	':::update{time="2024-03-02T11:00:00Z"}',
	'The crowd grew.',
	'',
	'![The crowd](./images/crowd.jpg)',
	'',
	'![The wall again](./images/wall.jpg)',
	':::',
	'',
	'::::update{time="2024-03-02T10:00:00Z"}',
	'The police arrived.',
	'',
	':::figure{src=./images/blood.jpg alt="Blood on the steps" sensitive="Shows blood"}',
	':::',
	'::::',
].join('\n');
const article = parseArticle(
	articleSource(body, 'live:\n  start: 2024-03-02T09:00:00Z\n'),
	'content/articles/x.md',
	TEST_OPTIONS,
);
const srcs = (figures: readonly { src: string }[]) => figures.map((figure) => figure.src);

const galleries = [
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
	it('leaves out a sensitive gallery and figure, and lists a gallery its figures each', () => {
		const withGalleries = parseArticle(
			articleSource(galleries),
			'content/articles/x.md',
			TEST_OPTIONS,
		);
		expect(srcs(openBodyFigures(withGalleries))).toEqual([
			'./images/gate.jpg',
			'./images/wall.jpg',
		]);
	});
	it('lists the body’s open images in reading order, each file once, without sensitive ones or updates', () => {
		expect(srcs(openBodyFigures(article))).toEqual(['./images/gate.jpg', './images/wall.jpg']);
	});
});

describe('openBodyAndUpdateFigures', () => {
	it('adds the open images of the live updates, newest first, each file once', () => {
		expect(article.live?.updates).toHaveLength(2);
		expect(srcs(openBodyAndUpdateFigures(article))).toEqual([
			'./images/gate.jpg',
			'./images/wall.jpg',
			'./images/crowd.jpg',
		]);
	});
});

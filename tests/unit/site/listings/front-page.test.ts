import { describe, expect, it } from 'vitest';
import { frontPage } from '../../../../src/lib/site/listings/front-page.ts';

/** Articles newest first, each with its topics. */
const ARTICLES = [
	{ slug: 'a', meta: { tags: ['City'], lang: 'en' } },
	{ slug: 'b', meta: { tags: ['Transport'], lang: 'en' } },
	{ slug: 'c', meta: { tags: ['city', 'Transport'], lang: 'en' } },
	{ slug: 'd', meta: { tags: ['City'], lang: 'en' } },
	{ slug: 'e', meta: { tags: ['ثقافة'], lang: 'ar' } },
	{ slug: 'f', meta: { tags: ['Transport'], lang: 'en' } },
];
const slugs = (list: readonly { slug: string }[]) => list.map((article) => article.slug);

describe('frontPage', () => {
	it('leads with the newest, then the top stories, and leaves the rest for the pages', () => {
		const { front, rest } = frontPage(ARTICLES, {
			topStories: 2,
			topics: [],
			headlinesPerTopic: 3,
		});
		expect(front.lead?.slug).toBe('a');
		expect(slugs(front.top)).toEqual(['b', 'c']);
		expect(slugs(rest)).toEqual(['d', 'e', 'f']);
	});

	it('gives each configured topic its latest headlines not already at the top, named as its newest article spells it', () => {
		const { front } = frontPage(ARTICLES, {
			topStories: 1,
			topics: ['Transport', 'City'],
			headlinesPerTopic: 1,
		});
		expect(front.topics.map((block) => [block.slug, block.name, slugs(block.articles)])).toEqual([
			['transport', 'Transport', ['c']],
			['city', 'City', ['c']],
		]);
	});

	it('leaves out a topic with nothing left to show, and one no article has', () => {
		const { front } = frontPage(ARTICLES, {
			topStories: 4,
			topics: ['ثقافة', 'Markets', 'City', 'Transport'],
			headlinesPerTopic: 5,
		});
		expect(front.topics.map((block) => block.slug)).toEqual(['transport']);
		expect(slugs(front.topics[0]?.articles ?? [])).toEqual(['f']);
		const lonely = frontPage([ARTICLES[0]!], {
			topStories: 2,
			topics: ['City'],
			headlinesPerTopic: 2,
		});
		expect(lonely.front.topics).toEqual([]);
	});

	it('has no lead when nothing is published', () => {
		expect(frontPage([], { topStories: 4, topics: ['City'], headlinesPerTopic: 4 })).toEqual({
			front: { lead: undefined, top: [], topics: [] },
			rest: [],
		});
	});
});

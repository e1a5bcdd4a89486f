import { topicSlug } from '../../core/topic-slug.ts';

/** How the home page is laid out as a front page (`frontPage` in the site settings). */
export interface FrontPageOptions {
	/** Stories after the lead at the top. */
	topStories: number;
	/** Topic names, one block each, in order. */
	topics: readonly string[];
	/** Headlines in each topic block. */
	headlinesPerTopic: number;
}

/** A topic block: the topic (slug and name as its newest article spells it) and its headlines. */
export interface TopicBlock<T> {
	slug: string;
	name: string;
	/** The language of the topic's name (its newest article's). */
	lang: string;
	articles: T[];
}

/** What the front page shows above the paginated rest. */
export interface FrontPage<T> {
	/** The newest article, shown with its lead image; absent when nothing is published. */
	lead?: T | undefined;
	/** The next stories, newest first. */
	top: T[];
	/** A block per configured topic that has articles left to show. */
	topics: TopicBlock<T>[];
}

/**
 * The front page of `articles` (newest first): the newest leads, the next `topStories` follow,
 * and each configured topic lists its latest articles not already at the top. A topic with none
 * left, or that no article has, gets no block. Returns the front and the rest (everything after
 * the top stories), which the home page's pages list in order.
 */
export function frontPage<
	T extends { slug: string; meta: { tags: readonly string[]; lang: string } },
>(articles: readonly T[], options: FrontPageOptions): { front: FrontPage<T>; rest: T[] } {
	const [lead, ...others] = articles;
	const top = others.slice(0, options.topStories);
	const shown = new Set([lead, ...top].flatMap((article) => article?.slug ?? []));
	const topics = [...new Set(options.topics.map(topicSlug))].flatMap((slug): TopicBlock<T>[] => {
		const tagged = articles.filter((article) =>
			article.meta.tags.some((tag) => topicSlug(tag) === slug),
		);
		const newest = tagged[0];
		if (newest === undefined) return [];
		const listed = tagged
			.filter((article) => !shown.has(article.slug))
			.slice(0, options.headlinesPerTopic);
		if (listed.length === 0) return [];
		const name = newest.meta.tags.find((tag) => topicSlug(tag) === slug) ?? slug;
		return [{ slug, name, lang: newest.meta.lang, articles: listed }];
	});
	return { front: { lead, top, topics }, rest: others.slice(options.topStories) };
}

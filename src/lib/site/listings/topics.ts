import { slug as bareSlug } from 'github-slugger';
import type { ArticleMeta } from '../../article/article-schema.ts';

/** What the site-level modules need of an article: its slug and metadata. */
export interface ArticleRef {
	slug: string;
	meta: Pick<ArticleMeta, 'tags' | 'pubDate'>;
}

/** A topic: every article tagged with a name that slugs to `slug`. */
export interface Topic {
	/** URL segment of the topic page (`united-states`; Unicode letters are kept: `ثقافة`). */
	slug: string;
	/** The name as the newest article spells it. */
	name: string;
	/** Slugs of the topic's articles, newest first. */
	articles: string[];
}

/**
 * The URL segment of a topic (github-slugger, as heading ids: `United States` → `united-states`).
 * Tags that differ only in case or punctuation are one topic. Empty when the name has no
 * letter or digit; the front-matter schema rejects such tags.
 */
export function topicSlug(name: string): string {
	return bareSlug(name);
}

/**
 * Every topic of `articles`, sorted by name for the reader's language (`locale`). `articles`
 * must be newest first, as pages get them: each topic's list keeps that order and its name
 * comes from its newest article.
 */
export function collectTopics(articles: readonly ArticleRef[], locale: string): Topic[] {
	const topics = new Map<string, Topic>();
	for (const article of articles) {
		for (const name of article.meta.tags) {
			const slug = topicSlug(name);
			const topic = topics.get(slug) ?? { slug, name, articles: [] };
			// Two tags of one article that name one topic: its slug is the list's last already.
			if (topic.articles.at(-1) !== article.slug) topic.articles.push(article.slug);
			topics.set(slug, topic);
		}
	}
	const collator = new Intl.Collator(locale, { sensitivity: 'base' });
	return [...topics.values()].sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * Up to `limit` other articles sharing a topic with `article`: most shared topics first, then
 * most recent. `articles` is the whole published set.
 */
export function relatedArticles<T extends ArticleRef>(
	article: ArticleRef,
	articles: readonly T[],
	limit: number,
): T[] {
	const own = new Set(article.meta.tags.map(topicSlug));
	if (own.size === 0) return [];
	return articles
		.filter((other) => other.slug !== article.slug)
		.map((other) => ({
			other,
			shared: new Set(other.meta.tags.map(topicSlug).filter((slug) => own.has(slug))).size,
		}))
		.filter(({ shared }) => shared > 0)
		.sort(
			(a, b) =>
				b.shared - a.shared ||
				b.other.meta.pubDate.epochMs - a.other.meta.pubDate.epochMs ||
				a.other.slug.localeCompare(b.other.slug),
		)
		.slice(0, limit)
		.map(({ other }) => other);
}

/**
 * `relatedArticles` for every article of `articles` at once, by slug: the same lists, found
 * without comparing every pair, which a large archive cannot afford. Each set of topics an
 * article has (each subset of its tags) lists its articles newest first; an article's related
 * ones are the heads of the lists of its own subsets, the largest subsets first.
 */
export function relatedByArticle<T extends ArticleRef>(
	articles: readonly T[],
	limit: number,
): Map<string, T[]> {
	// Position in relatedArticles' order among equals: newest first, then by slug.
	const order = [...articles.keys()].sort(
		(a, b) =>
			articles[b]!.meta.pubDate.epochMs - articles[a]!.meta.pubDate.epochMs ||
			articles[a]!.slug.localeCompare(articles[b]!.slug),
	);
	const topicsOf = articles.map((article) => [...new Set(article.meta.tags.map(topicSlug))].sort());
	const holders = new Map<string, number[]>();
	// Articles with too many topics to list their subsets, newest first: checked one by one.
	const wide: number[] = [];
	for (const index of order) {
		const topics = topicsOf[index]!;
		if (topics.length > MAX_SUBSET_TOPICS) {
			wide.push(index);
			continue;
		}
		for (const subset of subsets(topics)) {
			const key = subset.join('\0');
			const list = holders.get(key) ?? [];
			list.push(index);
			holders.set(key, list);
		}
	}
	const rank = new Int32Array(articles.length);
	order.forEach((index, position) => (rank[index] = position));

	const related = new Map<string, T[]>();
	articles.forEach((article, index) => {
		const topics = topicsOf[index]!;
		if (topics.length > MAX_SUBSET_TOPICS) {
			related.set(article.slug, relatedArticles(article, articles, limit));
			return;
		}
		const own = new Set(topics);
		const wideShared = wide.map(
			(other) => topicsOf[other]!.filter((topic) => own.has(topic)).length,
		);
		const taken = new Set<number>([index]);
		const found: T[] = [];
		const bySize = subsets(topics).sort((a, b) => b.length - a.length);
		for (let size = topics.length; size > 0 && found.length < limit; size--) {
			// Every holder of a subset of this size shares at least `size` topics; those sharing
			// more were all taken at a larger size. Merge the lists, newest first.
			const lists = bySize
				.filter((subset) => subset.length === size)
				.map((subset) => holders.get(subset.join('\0')) ?? [])
				.concat(wide.length === 0 ? [] : [wide.filter((_, at) => wideShared[at] === size)]);
			const at = lists.map(() => 0);
			while (found.length < limit) {
				let best = -1;
				for (let list = 0; list < lists.length; list++) {
					const items = lists[list]!;
					while (at[list]! < items.length && taken.has(items[at[list]!]!)) at[list]!++;
					const head = items[at[list]!];
					if (head !== undefined && (best === -1 || rank[head]! < rank[best]!)) best = head;
				}
				if (best === -1) break;
				taken.add(best);
				found.push(articles[best]!);
			}
		}
		related.set(article.slug, found);
	});
	return related;
}

/** Beyond this many topics an article's subsets are too many to list; it is compared pairwise. */
const MAX_SUBSET_TOPICS = 6;

/** Every non-empty subset of `items`, each in the order of `items`. */
function subsets(items: readonly string[]): string[][] {
	const all: string[][] = [];
	for (let mask = 1; mask < 1 << items.length; mask++) {
		all.push(items.filter((_, bit) => (mask & (1 << bit)) !== 0));
	}
	return all;
}

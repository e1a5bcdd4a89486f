import { slug as bareSlug } from 'github-slugger';
import type { ArticleMeta } from '../article/schema.ts';

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
			if (!topic.articles.includes(article.slug)) topic.articles.push(article.slug);
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
 * through each topic's articles rather than by comparing every pair, which a large archive
 * cannot afford once per page.
 */
export function relatedByArticle<T extends ArticleRef>(
	articles: readonly T[],
	limit: number,
): Map<string, T[]> {
	const topicsOf = articles.map((article) => [...new Set(article.meta.tags.map(topicSlug))]);
	const members = new Map<string, number[]>();
	topicsOf.forEach((slugs, index) => {
		for (const slug of slugs) {
			const list = members.get(slug) ?? [];
			list.push(index);
			members.set(slug, list);
		}
	});
	const related = new Map<string, T[]>();
	articles.forEach((article, index) => {
		const shared = new Map<number, number>();
		for (const slug of topicsOf[index] ?? []) {
			for (const other of members.get(slug) ?? []) {
				if (other !== index) shared.set(other, (shared.get(other) ?? 0) + 1);
			}
		}
		const ranked = [...shared].map(([other, count]) => ({ other: articles[other]!, count }));
		ranked.sort(
			(a, b) =>
				b.count - a.count ||
				b.other.meta.pubDate.epochMs - a.other.meta.pubDate.epochMs ||
				a.other.slug.localeCompare(b.other.slug),
		);
		related.set(
			article.slug,
			ranked.slice(0, limit).map(({ other }) => other),
		);
	});
	return related;
}

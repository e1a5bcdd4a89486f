import type { Article, ArticleBody, StoredArticle } from './schema.ts';

/** Takes an article's HTML out, to be kept apart from the rest under `bodyFile`. */
export function splitBody(
	article: Article,
	bodyFile: string,
): { stored: StoredArticle; body: ArticleBody } {
	return {
		stored: {
			...article,
			lead: { words: article.lead.words },
			sections: article.sections.map(({ id, title, words }) => ({ id, title, words })),
			bodyFile,
		},
		body: { lead: article.lead.html, sections: article.sections.map((section) => section.html) },
	};
}

/** Puts an article back together from what the store kept and its body. */
export function joinBody(stored: StoredArticle, body: ArticleBody): Article {
	if (body.sections.length !== stored.sections.length) {
		throw new Error(
			`the body in ${stored.bodyFile} has ${body.sections.length} sections, the article ${stored.sections.length}`,
		);
	}
	const { lead, sections, slug, meta, embeds, words, readingMinutes, articleLinks } = stored;
	return {
		slug,
		meta,
		embeds,
		words,
		readingMinutes,
		articleLinks,
		lead: { html: body.lead, words: lead.words },
		sections: sections.map((section, index) => ({
			...section,
			html: body.sections[index] ?? '',
		})),
	};
}

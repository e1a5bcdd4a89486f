import { ArticleError } from '../lib/article/article-error.ts';
import { parseArticle, type ParseOptions } from '../lib/pipeline/parse-article.ts';
import type { ParseRequest, ParseResult } from './parse-pool.ts';

/**
 * Parses one file; what a parse thread (`parse-worker.ts`) does for each file it is sent. A
 * module of its own: it loads the Markdown pipeline, which only the parse threads need.
 */
export function parseOne(request: ParseRequest, options: ParseOptions): ParseResult {
	try {
		return { article: parseArticle(request.source, request.file, options) };
	} catch (error) {
		if (error instanceof ArticleError) return { problems: [...error.problems] };
		return { crash: error instanceof Error ? (error.stack ?? error.message) : String(error) };
	}
}

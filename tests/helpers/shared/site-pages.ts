import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** One built HTML page. */
export interface SitePage {
	/** Absolute path of the file. */
	file: string;
	/** Path inside the output folder, with `/` separators: `articles/x/index.html`. */
	rel: string;
	/** The URL path it is served at, `base` included: `/articles/x/`, `/404.html`. */
	path: string;
	/** Whether it is an article page (`articles/<slug>/index.html`). */
	isArticle: boolean;
	/** The article's slug, for article pages. */
	slug?: string;
}

/** Every `.html` file in `dist`, sorted by URL path. */
export function listPages(dist: string, base = '/'): SitePage[] {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.html'))
		.map((name) => {
			const rel = name.split(sep).join('/');
			const path = base + rel.replace(/(^|\/)index\.html$/, '$1');
			const slug = /^articles\/([^/]+)\/index\.html$/.exec(rel)?.[1];
			return {
				file: join(dist, name),
				rel,
				path,
				isArticle: slug !== undefined,
				...(slug ? { slug } : {}),
			};
		})
		.sort((a, b) => a.path.localeCompare(b.path));
}

/** A page's HTML parsed, with its source lines kept for messages. */
export function parsePage(page: SitePage): HTMLElement {
	return parse(readFileSync(page.file, 'utf8'), { comment: false });
}

/** Whitespace collapsed to single spaces and trimmed. */
export function normalizeSpace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * The text a reader can get from an element: its text content without `<script>`, `<style>`,
 * `<template>` and `hidden` elements, entities decoded, whitespace collapsed.
 */
export function readableText(element: HTMLElement): string {
	const copy = parse(element.toString());
	for (const node of copy.querySelectorAll('script, style, template, noscript, [hidden]'))
		node.remove();
	// structuredText puts a line break between blocks, so "</p><p>" cannot glue two words (or
	// two numbers) together.
	return normalizeSpace(copy.structuredText);
}

/** A page's one JSON-LD object; throws unless the page has exactly one JSON-LD script. */
export function jsonLd(doc: HTMLElement): Record<string, unknown> {
	const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
	if (scripts.length !== 1)
		throw new Error(`expected one JSON-LD script on the page, found ${scripts.length}`);
	return JSON.parse(scripts[0]?.textContent ?? '') as Record<string, unknown>;
}

/**
 * Every candidate of a `srcset` value, in order: its URL and its descriptor (`800w`, `2x`, or `''`
 * when it has none). An empty candidate is kept, with the URL `''`, for the caller to refuse.
 */
export function srcsetCandidates(srcset: string): { url: string; descriptor: string }[] {
	return srcset.split(',').map((candidate) => {
		const [url = '', descriptor = ''] = candidate.trim().split(/\s+/);
		return { url, descriptor };
	});
}

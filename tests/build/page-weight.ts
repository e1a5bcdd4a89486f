import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import type { SitePage } from '../helpers/shared/site-pages.ts';

/** One resource of a page and its size on the wire. */
export interface Resource {
	/** URL path of the resource, or the page's own path for its HTML. */
	path: string;
	/** `media` of a stylesheet link (`all` when absent). */
	media: string;
	/** Whether the browser waits for it before the first render. */
	blocking: boolean;
	/** Bytes on disk. */
	bytes: number;
	/** Bytes gzipped (zlib default level, as most static hosts compress on the fly). */
	gzip: number;
}

/** A page's HTML and its stylesheets, each gzipped on its own as they travel. */
export interface PageWeight {
	resources: Resource[];
	/** gzip bytes of the HTML plus every render-blocking stylesheet. */
	criticalGzip: number;
	/** gzip bytes of the HTML plus every stylesheet, print included. */
	totalGzip: number;
}

const gzipSize = (buffer: Buffer) => gzipSync(buffer).length;

/** Measures `page` (inline `<style>` counts as HTML) and every stylesheet it links. */
export function pageWeight(dist: string, base: string, page: SitePage): PageWeight {
	const html = readFileSync(page.file);
	const resources: Resource[] = [
		{ path: page.path, media: 'all', blocking: true, bytes: html.length, gzip: gzipSize(html) },
	];
	const pageUrl = new URL(page.path, 'http://site.invalid');
	for (const link of parse(html.toString('utf8')).querySelectorAll('link[rel~=stylesheet]')) {
		const href = link.getAttribute('href');
		if (!href) continue;
		const url = new URL(href, pageUrl);
		if (url.origin !== pageUrl.origin)
			throw new Error(`${page.rel} links a stylesheet on another origin: ${href}`);
		if (!url.pathname.startsWith(base))
			throw new Error(`${page.rel} links a stylesheet outside base ${base}: ${href}`);
		const css = readFileSync(join(dist, decodeURIComponent(url.pathname.slice(base.length))));
		const media = (link.getAttribute('media') ?? 'all').trim() || 'all';
		resources.push({
			path: url.pathname,
			media,
			blocking: media !== 'print',
			bytes: css.length,
			gzip: gzipSize(css),
		});
	}
	const sum = (list: Resource[]) => list.reduce((total, resource) => total + resource.gzip, 0);
	return {
		resources,
		criticalGzip: sum(resources.filter((r) => r.blocking)),
		totalGzip: sum(resources),
	};
}

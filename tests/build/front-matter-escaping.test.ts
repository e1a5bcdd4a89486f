import { readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { toString } from 'hast-util-to-string';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/pipeline/parse-article.ts';
import { articleParseOptions, siteConfig } from '../../src/site.config.ts';
import { FIXTURE_ARTICLES, ROOT, ROOT_BUILD } from '../helpers/shared/paths.ts';
import { builtFiles } from '../helpers/build/built-urls.ts';
import { listPages } from '../helpers/shared/site-pages.ts';
import { xmlSyntaxError } from '../helpers/shared/xml-check.ts';
import { visit } from 'unist-util-visit';

// The fixture article whose front matter carries markup, quotes, `]]>`, `</script>` and
// U+2028/U+2029 in every field that reaches a page, a feed, the sitemap or the search index.
const SLUG = 'council-website-flaw-fixed';
const file = join(FIXTURE_ARTICLES, `${SLUG}.md`);
const { meta } = parseArticle(readFileSync(join(ROOT, file), 'utf8'), file, articleParseOptions);

/** Markup from the front matter that must never reach an output as markup. */
const HOSTILE = [
	'<script>alert(1)</script>',
	'</title><script>',
	'<b>bold</b>',
	'<img src=x onerror=alert(1)>',
	'</script> Park',
	'<i>Security</i>',
];

/** Every file of the built site (HTML, XML, JSON, text; whatever later features add). */
const outputs = builtFiles(ROOT_BUILD, (rel) =>
	statSync(join(ROOT_BUILD.outDir, rel)).isFile(),
).map((rel) => ({ rel, path: join(ROOT_BUILD.outDir, rel) }));

/** A file's text, or `undefined` for binary files (a NUL byte, or not UTF-8). */
function textOf(path: string): string | undefined {
	const bytes = readFileSync(path);
	if (bytes.includes(0)) return undefined;
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

/** Elements in an HTML page that the hostile front matter would have made, had it been markup. */
function markupFromFrontMatter(html: string): string[] {
	const tree = raw({ type: 'root', children: [{ type: 'raw', value: html }] }) as Root;
	const found: string[] = [];
	visit(tree, 'element', (node) => {
		const text = toString(node);
		// The search page's module is Astro's bundle of our own code; markup that broke out of the
		// front matter would be a script with its alert(1) and no type.
		const ownModule = node.properties['type'] === 'module' && !text.includes('alert(');
		if (
			node.tagName === 'script' &&
			node.properties['type'] !== 'application/ld+json' &&
			!ownModule
		) {
			found.push(`<script>${text}</script>`);
		}
		if (node.tagName === 'b' && text === 'bold') found.push('<b>bold</b>');
		if (node.tagName === 'i' && text === 'Security') found.push('<i>Security</i>');
		for (const key of Object.keys(node.properties)) {
			if (/^on/i.test(key)) found.push(`<${node.tagName} ${key}>`);
		}
	});
	return found;
}

describe('front matter with markup in it', () => {
	it('is the fixture the test expects: every hostile field made it into the article', () => {
		expect(meta.title).toContain('</title><script>alert(1)</script>');
		expect(meta.title).toContain('\u2028');
		expect(meta.title).toContain('\u2029');
		expect(meta.description).toContain('"><img src=x onerror=alert(1)>');
		expect(meta.authors).toContain('Jo </script> Park');
		expect(meta.tags).toContain('<i>Security</i>');
	});

	it('has a checker that sees the markup when it is not escaped', () => {
		expect(
			markupFromFrontMatter(
				`<title>${meta.title}</title><meta name="description" content="${meta.description}">`,
			),
		).toEqual([
			// Unescaped, the title breaks out of <title> and the description out of its attribute.
			'<script>alert(1)</script>',
			'<b>bold</b>',
			'<img onError>',
		]);
	});

	it.each(outputs)('never appears as markup in $rel', ({ rel, path }) => {
		const text = textOf(path);
		if (text === undefined) return;
		if (extname(rel) === '.json' || extname(rel) === '.webmanifest') {
			// Inside JSON a "<" is a string's character, not markup; the file must still parse.
			expect(() => JSON.parse(text) as unknown).not.toThrow();
			return;
		}
		if (extname(rel) === '.html') {
			// In HTML, "<" inside a quoted attribute value or RCDATA (<title>) is text: parse the
			// page as a browser does and look for elements the front matter would have made.
			expect(markupFromFrontMatter(text)).toEqual([]);
		} else {
			expect(HOSTILE.filter((markup) => text.includes(markup))).toEqual([]);
		}
		if (extname(rel) === '.xml' || extname(rel) === '.rss' || extname(rel) === '.atom') {
			expect(xmlSyntaxError(text)).toBeUndefined();
		}
		if (extname(rel) === '.html') {
			const doc = parse(text);
			for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
				// JSON-LD escapes <, U+2028 and U+2029, so nothing in it can end the script element.
				expect(script.rawText).not.toMatch(/[<\u2028\u2029]/);
				expect(() => JSON.parse(script.rawText) as unknown).not.toThrow();
			}
		}
	});

	describe('on its article page', () => {
		const page = listPages(ROOT_BUILD.outDir).find((sitePage) => sitePage.slug === SLUG);
		const doc = parse(readFileSync(page?.file ?? '', 'utf8'));
		const content = (selector: string) => doc.querySelector(selector)?.getAttribute('content');

		it('is the exact text of <title>, the headline, and the meta and Open Graph tags', () => {
			expect(doc.querySelector('head > title')?.textContent).toBe(
				`${meta.title} | ${siteConfig.title}`,
			);
			expect(doc.querySelector('h1')?.textContent.trim()).toBe(meta.title);
			expect(content('meta[name="description"]')).toBe(meta.description);
			expect(content('meta[property="og:title"]')).toBe(meta.title);
			expect(content('meta[property="og:description"]')).toBe(meta.description);
		});

		it('round-trips through the JSON-LD', () => {
			const json = JSON.parse(
				doc.querySelector('script[type="application/ld+json"]')?.rawText ?? '{}',
			) as {
				headline?: string;
				description?: string;
				author?: { name: string }[];
				keywords?: string[];
			};
			expect(json.headline).toBe(meta.title);
			expect(json.description).toBe(meta.description);
			expect(json.author?.map((author) => author.name)).toEqual(meta.authors);
			expect(json.keywords).toEqual(meta.tags);
		});

		it('shows the byline and the tag as text, not as elements', () => {
			expect(doc.querySelector('main')?.textContent).toContain('Jo </script> Park');
			expect(doc.querySelector('main')?.textContent).toContain('<i>Security</i>');
			expect(doc.querySelectorAll('main b, main i, main img')).toHaveLength(0);
		});
	});
});

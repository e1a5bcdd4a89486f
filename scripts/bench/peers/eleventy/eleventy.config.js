// Eleventy 3 build of the benchmark corpus, for comparison with the Astro site (see ../../peers.ts).
//
//   CORPUS_DIR=/path/to/corpus OUT_DIR=/path/to/out npx @11ty/eleventy --quiet
//
// The corpus folder is the input directory itself (nothing is copied); the layouts live in
// ./_includes and the home and tag pages are added as virtual templates from ./pages, so the corpus
// folder holds nothing but articles.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import markdownItAnchor from 'markdown-it-anchor';

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = resolve(process.env.CORPUS_DIR ?? '');
const outDir = resolve(process.env.OUT_DIR ?? join(here, '_site'));
if (!process.env.CORPUS_DIR)
	throw new Error('Set CORPUS_DIR to the folder of article Markdown files.');

const longDate = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC',
});
const asDate = (value) => (value instanceof Date ? value : new Date(value));

/** A nested list of the h2/h3 headings of rendered HTML (what Hugo's .TableOfContents gives). */
function tableOfContents(html) {
	const items = [];
	for (const match of html.matchAll(/<h([23]) id="([^"]+)"[^>]*>(.*?)<\/h\1>/g)) {
		const entry = { id: match[2], text: match[3], children: [] };
		const parent = items.at(-1);
		if (match[1] === '3' && parent) parent.children.push(entry);
		else items.push(entry);
	}
	if (items.length === 0) return '';
	const list = (entries) =>
		`<ul>${entries.map((e) => `<li><a href="#${e.id}">${e.text}</a>${e.children.length ? list(e.children) : ''}</li>`).join('')}</ul>`;
	return `<nav id="TableOfContents">${list(items)}</nav>`;
}

/** Minutes to read, as Hugo counts them (213 words a minute, rounded up). */
function readingTime(html) {
	const words = html
		.replace(/<[^>]*>/g, ' ')
		.split(/\s+/)
		.filter(Boolean).length;
	return Math.max(1, Math.ceil(words / 213));
}

/** @param {import('@11ty/eleventy').UserConfig} eleventyConfig */
export default function (eleventyConfig) {
	// Our front matter dates the article with `pubDate`; Eleventy's page.date (its sort key) comes
	// from `date`, which is read before computed data, so the YAML parser maps one to the other.
	eleventyConfig.setFrontMatterParsingOptions({
		engines: {
			yaml: (text) => {
				const data = yaml.load(text) ?? {};
				if (data.pubDate && !data.date) data.date = data.pubDate;
				return data;
			},
		},
	});

	// Raw HTML is not passed through (as Hugo with unsafe = false); headings get ids.
	eleventyConfig.amendLibrary('md', (md) => {
		md.set({ html: false, linkify: true });
		md.use(markdownItAnchor, { level: [2, 3, 4, 5, 6], tabIndex: false });
	});

	// Every article: /articles/<slug>/index.html with the article layout. The home and tag pages
	// set their own layout and permalink.
	eleventyConfig.addGlobalData('layout', 'article.njk');
	eleventyConfig.addGlobalData(
		'permalink',
		() => (data) => `/articles/${data.page.fileSlug}/index.html`,
	);

	eleventyConfig.addCollection('articles', (api) =>
		api
			.getAllSorted()
			.filter((item) => item.page.inputPath.endsWith('.md'))
			.reverse(),
	);
	eleventyConfig.addCollection('tagList', (api) => {
		const tags = new Set();
		for (const item of api.getAll()) for (const tag of item.data.tags ?? []) tags.add(tag);
		return [...tags].sort((a, b) => a.localeCompare(b));
	});

	eleventyConfig.addFilter('head', (list, n) => list.slice(0, n));
	eleventyConfig.addFilter('newestFirst', (list) => [...list].reverse());
	eleventyConfig.addFilter('isoDate', (value) => asDate(value).toISOString());
	eleventyConfig.addFilter('longDate', (value) => longDate.format(asDate(value)));
	eleventyConfig.addFilter('names', (value) =>
		Array.isArray(value) ? value.join(', ') : String(value),
	);
	eleventyConfig.addFilter('toc', tableOfContents);
	eleventyConfig.addFilter('readingTime', readingTime);

	for (const name of ['index.njk', 'tags.njk', 'tag.njk']) {
		eleventyConfig.addTemplate(name, readFileSync(join(here, 'pages', name), 'utf8'));
	}

	return {
		dir: {
			input: corpusDir,
			includes: relative(corpusDir, join(here, '_includes')),
			output: outDir,
		},
		templateFormats: ['md', 'njk'],
		// The bodies are plain Markdown, not Liquid/Nunjucks templates (as in Hugo and our site).
		markdownTemplateEngine: false,
		htmlTemplateEngine: 'njk',
	};
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { toHtml } from 'hast-util-to-html';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { createArticleProcessor } from '../../../src/lib/markdown/processor.ts';

/**
 * The oracle of the pipeline's parser. Sätteri replaced remark-parse with remark-gfm and
 * remark-directive for speed; this proves the pages did not change for it: every example of
 * the CommonMark spec (commonmark-spec on npm) and every GFM extension example (tables,
 * strikethrough, autolinks, task lists, footnotes, the tag filter; from github/cmark-gfm) renders
 * through the whole pipeline to the same HTML with either parser.
 */

const require = createRequire(import.meta.url);
const commonmark = require('commonmark-spec') as {
	tests: { markdown: string; section: string; number: number }[];
};
const gfm = JSON.parse(
	readFileSync(
		new URL('../../fixtures/markdown/gfm-extension-examples.json', import.meta.url),
		'utf8',
	),
) as { examples: { markdown: string; section: string; extension: string; file: string }[] };

const ours = createArticleProcessor();
// The same pipeline with the micromark parser the project used before: remark-parse, declared
// last, replaces the parser, and reads remark-gfm's and remark-directive's syntax extensions.
const reference = createArticleProcessor().use(remarkGfm).use(remarkDirective).use(remarkParse);

/** Markdown through a processor, as the HTML of the trusted tree (blocks as their data). */
function render(processor: typeof ours, markdown: string): string {
	const file = new VFile(markdown);
	const tree = processor.runSync(processor.parse(file), file);
	const blocks = tree.children.flatMap((node) =>
		node.type === 'articleBlock' ? [node.block] : [],
	);
	const html = toHtml({
		...tree,
		children: tree.children.filter((node) => node.type !== 'articleBlock'),
	});
	const messages = file.messages.map((message) => `${String(message.line)}: ${message.reason}`);
	return JSON.stringify({ html, blocks, messages });
}

describe('the pipeline with Sätteri renders as with remark-parse', () => {
	it('has the whole CommonMark spec and every GFM extension example to check', () => {
		expect(commonmark.tests).toHaveLength(652);
		expect(new Set(gfm.examples.map((example) => example.extension))).toEqual(
			new Set(['table', 'strikethrough', 'autolink', 'tagfilter', 'disabled', 'extensions']),
		);
	});

	it.each(
		commonmark.tests.map((test) => ({
			name: `CommonMark ${String(test.number)} (${test.section})`,
			markdown: test.markdown.replaceAll('→', '\t'),
		})),
	)('$name', ({ markdown }) => {
		expect(render(ours, markdown)).toBe(render(reference, markdown));
	});

	it.each(
		gfm.examples.map((example, index) => ({
			name: `GFM ${example.file} ${String(index + 1)} (${example.extension}: ${example.section})`,
			markdown: example.markdown,
		})),
	)('$name', ({ markdown }) => {
		expect(render(ours, markdown)).toBe(render(reference, markdown));
	});

	it.each([
		['a leaf directive', '::video{id=1 account=a player=p}\n'],
		['a container directive', ':::note{.x}\nText *here*.\n:::\n'],
		[
			'a text directive and prose that looks like one',
			'Time:Sunday and :abbr[HTML]{title=x} 3:a\n',
		],
		[
			'player residue',
			`6118973598001 ${'a'.repeat(8)}-aaaa-aaaa-aaaa-${'a'.repeat(12)} ${'b'.repeat(8)}-bbbb-bbbb-bbbb-${'b'.repeat(12)}\nvideo\n`,
		],
	])('renders %s the same', (_name, markdown) => {
		expect(render(ours, markdown)).toBe(render(reference, markdown));
	});
});

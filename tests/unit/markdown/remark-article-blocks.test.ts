import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { ArticleBlockNode } from '../../../src/lib/markdown/article-block-node.ts';
import { remarkArticleBlocks } from '../../../src/lib/markdown/remark-article-blocks.ts';
import { remarkSatteriParse } from '../../../src/lib/markdown/remark-satteri-parse.ts';

const ACCOUNT = '45a05fc5-9b77-4e5d-880d-65cdd2926971';
const PLAYER = '5286efed-e195-4567-b5e9-7bbfd07161ab';

function run(markdown: string) {
	const processor = unified().use(remarkSatteriParse).use(remarkArticleBlocks);
	const file = new VFile(markdown);
	const tree = processor.runSync(processor.parse(file), file);
	return {
		tree,
		file,
		messages: file.messages.map((m) => `${m.line}:${m.source}:${m.ruleId} ${m.reason}`),
	};
}

/** The blocks of a tree, each with its rich text as plain text in place of its slot references. */
function blocksOf(tree: Root): unknown[] {
	return tree.children.flatMap((node: RootContent) =>
		node.type === 'articleBlock' ? [withText(node.block, node)] : [],
	);
}

function withText(value: unknown, node: ArticleBlockNode): unknown {
	if (Array.isArray(value)) return value.map((item) => withText(item, node));
	if (typeof value !== 'object' || value === null) return value;
	if ('kind' in value && value.kind === 'slot' && 'index' in value) {
		const slot = node.children[value.index as number];
		return `text: ${toString({ type: 'root', children: (slot?.children ?? []) as RootContent[] })}`;
	}
	return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withText(v, node)]));
}

describe('remarkArticleBlocks: video', () => {
	it('turns player residue into a typed embed node', () => {
		const { tree, messages } = run(
			`Before.\n\n6118973598001 ${ACCOUNT} ${PLAYER}\nvideo\n\nAfter.`,
		);
		expect(messages).toEqual([]);
		expect(tree.children.map((node) => node.type)).toEqual([
			'paragraph',
			'articleBlock',
			'paragraph',
		]);
		expect(tree.children[1]).toMatchObject({
			block: { kind: 'video', videoId: '6118973598001', account: ACCOUNT, player: PLAYER },
		});
	});

	it('turns ::video{id account player} into the same embed', () => {
		const { tree } = run(`::video{id=6118973598001 account=${ACCOUNT} player=${PLAYER}}`);
		expect(tree.children).toEqual([
			expect.objectContaining({
				type: 'articleBlock',
				block: { kind: 'video', videoId: '6118973598001', account: ACCOUNT, player: PLAYER },
				children: [],
			}),
		]);
	});

	it.each([
		['a 12-digit id', `611897359800 ${ACCOUNT} ${PLAYER}\nvideo`],
		['one UUID only', `6118973598001 ${ACCOUNT}\nvideo`],
		['a broken UUID', `6118973598001 ${ACCOUNT} 5286efed-e195-4567\nvideo`],
		['no "video" line', `6118973598001 ${ACCOUNT} ${PLAYER}`],
	])('reports residue with %s on its line', (_name, residue) => {
		const { tree, messages } = run(`Before.\n\n${residue}\n`);
		expect(messages).toEqual([
			expect.stringMatching(/^3:article:video expected a video line of the form/),
		]);
		expect(tree.children.map((node) => node.type)).not.toContain('articleBlock');
	});

	it('reports a ::video directive without its ids', () => {
		const { messages } = run('::video{id=abc}');
		expect(messages).toEqual([
			'1:article:video expected ::video{id=... account=... player=...} with id (digits), found "abc"; account; player',
		]);
	});

	it('reports residue inside a quote or list', () => {
		const { messages } = run(`> 6118973598001 ${ACCOUNT} ${PLAYER}\n> video`);
		expect(messages).toEqual([expect.stringMatching(/stand on its own/)]);
	});

	it('leaves prose with numbers alone', () => {
		const { tree, messages } = run(
			'In 2019 some 5000000 people watched the video\n\n2019\nvideo games',
		);
		expect(messages).toEqual([]);
		expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
	});
});

describe('remarkArticleBlocks: text that only looks like a directive', () => {
	it.each([
		'Time:Sunday',
		'It ended 3:a on Sunday.',
		'An :abbr[x]{title="y"} stays.',
		'At 2019-12-31T10:00:00+03:00: a time.',
		'Note:this matters at 10:30.',
	])('keeps %j word for word, as one text', (prose) => {
		const { tree, messages } = run(prose);
		expect(messages).toEqual([]);
		expect(tree.children).toHaveLength(1);
		const [paragraph] = tree.children;
		expect(paragraph?.type).toBe('paragraph');
		if (paragraph?.type !== 'paragraph') return;
		expect(paragraph.children).toEqual([expect.objectContaining({ type: 'text', value: prose })]);
	});
});

describe('remarkArticleBlocks: unknown and misplaced blocks', () => {
	it('reports an unknown block directive with its line and the known names', () => {
		const { tree, messages } = run('Before.\n\n:::galery\n![A](./a.jpg)\n:::\n\n::vidoe{id=1}');
		expect(messages).toEqual([
			'3:article:directive expected a block directive, one of :::figure, :::gallery, :::pullquote, :::factbox, :::timeline, :::post, ::video, found :::galery',
			'7:article:directive expected a block directive, one of :::figure, :::gallery, :::pullquote, :::factbox, :::timeline, :::post, ::video, found ::vidoe',
		]);
		expect(tree.children.map((node) => node.type)).toEqual(['paragraph']);
	});

	it('reports a known block in the wrong form', () => {
		expect(run('::gallery').messages).toEqual([
			'1:article:gallery expected :::gallery as a container (three colons, closed by a line ":::"), found ::gallery',
		]);
		expect(run(':::video\nx\n:::').messages).toEqual([
			'1:article:video expected ::video{…} on a line of its own (two colons), found :::video',
		]);
	});

	it('reports a block inside a list, a quote or another block', () => {
		const { messages } = run(
			'- item\n\n  :::pullquote\n  Words.\n  :::\n\n:::factbox{title=Facts}\n:::post{url=https://a.example/1 author=A date=2019-12-31}\nx\n:::\n:::',
		);
		expect(messages).toEqual([
			'3:article:pullquote expected :::pullquote to stand on its own, outside lists, quotes and other blocks',
			'8:article:post expected :::post to stand on its own, outside lists, quotes and other blocks',
			'7:article:factbox expected the facts inside :::factbox, found nothing',
		]);
	});

	it('reports a [label] on a container block', () => {
		expect(run(':::pullquote[Said]\nWords.\n:::').messages).toEqual([
			'1:article:pullquote expected :::pullquote{…} without a [label] (write its text inside the block), found one',
		]);
	});
});

describe('remarkArticleBlocks: body images and figures', () => {
	it('makes a local image on a line of its own a figure, its title the caption', () => {
		const { tree, messages, file } = run(
			'Lead.\n\n![Protesters at the gate](./images/gate.jpg "At the gate")\n\n![Remote](https://a.example/x.jpg)',
		);
		expect(messages).toEqual([]);
		expect(blocksOf(tree)).toEqual([
			{
				kind: 'figure',
				src: './images/gate.jpg',
				alt: 'Protesters at the gate',
				caption: 'text: At the gate',
			},
		]);
		expect(tree.children.map((node) => node.type)).toEqual([
			'paragraph',
			'articleBlock',
			'paragraph',
		]);
		expect(file.data.localImages).toEqual([{ src: './images/gate.jpg', line: 3 }]);
	});

	it('makes each local image of a line of images a figure, keeping remote ones as they were', () => {
		const { tree } = run('![A](./a.jpg)\n![B](https://a.example/b.jpg) ![C](c.png)');
		expect(tree.children.map((node) => node.type)).toEqual([
			'articleBlock',
			'paragraph',
			'articleBlock',
		]);
	});

	it('reads :::figure and ::figure, with caption, credit and sensitive', () => {
		const { tree, messages } = run(
			`:::figure{src=./images/a.jpg alt="The gate" credit='Jane "JD" Doe/Agency' sensitive="Shows the injured"}\nThe *gate*, on Tuesday.\n:::\n\n::figure[A caption]{src=b.webp alt=B}`,
		);
		expect(messages).toEqual([]);
		expect(blocksOf(tree)).toEqual([
			{
				kind: 'figure',
				src: './images/a.jpg',
				alt: 'The gate',
				caption: 'text: The gate, on Tuesday.',
				credit: 'Jane "JD" Doe/Agency',
				sensitive: 'Shows the injured',
			},
			{ kind: 'figure', src: 'b.webp', alt: 'B', caption: 'text: A caption' },
		]);
	});

	it.each([
		[
			'no alt text',
			'![](./images/gate.jpg)',
			/^1:article:image expected a text alternative in !\[\]\(\.\/images\/gate\.jpg\)/,
		],
		[
			'a file that is not an image',
			'![A](./notes.txt)',
			/^1:article:image expected the path of a \.jpg, \.jpeg, \.png, \.webp or \.avif file in/,
		],
		[
			'a figure without alt',
			':::figure{src=./a.jpg}\n:::',
			/^1:article:figure expected :::figure\{…\} to have alt=… \(the text alternative: what the image shows\), found none$/,
		],
		[
			'a figure with empty alt',
			'::figure{src=./a.jpg alt=""}',
			/^1:article:figure expected ::figure\{…\} to have alt=… .*, found an empty value$/,
		],
		[
			'a remote figure',
			'::figure{src=https://a.example/a.jpg alt=A}',
			/^1:article:figure expected src of ::figure to be the path of an image file next to the article/,
		],
		[
			'an unknown attribute',
			'::figure{src=a.jpg alt=A caption=x}',
			/^1:article:figure expected ::figure\{…\} to have only the attributes src, alt, credit, sensitive, found "caption"$/,
		],
	])('reports %s with its line', (_name, markdown, message) => {
		const { tree, messages } = run(markdown);
		expect(messages).toEqual([expect.stringMatching(message)]);
		expect(blocksOf(tree)).toEqual([]);
	});

	it.each([
		['in a paragraph of text', 'Text ![A](./a.jpg) text.', 'a paragraph of text'],
		['in a list', '- ![A](./a.jpg)', 'a list'],
		['in a quote', '> ![A](./a.jpg)', 'a quote'],
		['in a link', '[![A](./a.jpg)](https://a.example/)', 'a link'],
		['in a table', '| a |\n| - |\n| ![A](./a.jpg) |', 'a table'],
		['in a caption', ':::figure{src=./a.jpg alt=A}\n![B](./b.jpg)\n:::', 'a block'],
	])('reports a local image %s, which could not be sized', (_name, markdown, place) => {
		expect(run(markdown).messages).toEqual([
			expect.stringMatching(
				new RegExp(
					`^\\d+:article:image expected an image file next to the article .* found it inside ${place}$`,
				),
			),
		]);
	});

	it('reports a local image written by reference', () => {
		expect(run('![Gate][g]\n\n[g]: ./images/gate.jpg').messages).toEqual([
			'1:article:image expected an image file next to the article written in place, ![Gate](./images/gate.jpg), so that it becomes a figure, found the reference ![Gate][g]',
		]);
	});

	it('leaves remote and site images as they were', () => {
		const { tree, messages } = run(
			'![A](https://a.example/a.jpg)\n\nText ![Logo](/logo.png) and ![D](data:image/png;base64,AA==).',
		);
		expect(messages).toEqual([]);
		expect(blocksOf(tree)).toEqual([]);
	});
});

describe('remarkArticleBlocks: galleries', () => {
	it('reads figures in every form, each with its caption and credit', () => {
		const { tree, messages, file } = run(
			'::::gallery{sensitive="Graphic"}\n:::figure{src=./a.jpg alt=A credit=Agency}\nFirst.\n:::\n\n::figure{src=./b.jpg alt=B}\n\n![C](./c.jpg "Third.")\n::::',
		);
		expect(messages).toEqual([]);
		expect(blocksOf(tree)).toEqual([
			{
				kind: 'gallery',
				figures: [
					{ src: './a.jpg', alt: 'A', caption: 'text: First.', credit: 'Agency' },
					{ src: './b.jpg', alt: 'B' },
					{ src: './c.jpg', alt: 'C', caption: 'text: Third.' },
				],
				sensitive: 'Graphic',
			},
		]);
		expect(file.data.localImages?.map((image) => image.line)).toEqual([2, 6, 8]);
	});

	it.each([
		['one figure', ':::gallery\n![A](./a.jpg)\n:::', 'expected at least two figures in :::gallery'],
		[
			'prose',
			':::gallery\n![A](./a.jpg)\n\nSome text.\n:::',
			'expected only figures in :::gallery',
		],
		[
			'a remote image',
			':::gallery\n![A](./a.jpg)\n![B](https://a.example/b.jpg)\n:::',
			'expected the images of :::gallery to be files next to the article',
		],
		[
			'a sensitive figure',
			'::::gallery\n::figure{src=a.jpg alt=A sensitive=x}\n::figure{src=b.jpg alt=B}\n::::',
			'found "sensitive"',
		],
	])('reports a gallery with %s', (_name, markdown, message) => {
		const { tree, messages } = run(markdown);
		expect(messages).toEqual([expect.stringContaining(message)]);
		expect(blocksOf(tree)).toEqual([]);
	});
});

describe('remarkArticleBlocks: pull quotes, fact boxes, timelines and posts', () => {
	it('reads a pull quote and a fact box', () => {
		const { tree, messages } = run(
			':::pullquote{cite="A protester"}\nStorm the gates!\n:::\n\n:::factbox{title="Key facts"}\n- One\n- Two\n:::',
		);
		expect(messages).toEqual([]);
		expect(blocksOf(tree)).toEqual([
			{ kind: 'pullquote', quote: 'text: Storm the gates!', cite: 'A protester' },
			{ kind: 'factbox', title: 'Key facts', content: 'text: OneTwo' },
		]);
	});

	it('reads a timeline of dated events, dates as written', () => {
		const { tree, messages } = run(
			':::timeline\n- 2019-12-29: US strikes on *five* sites\n- 2019-12-31T10:00:00+03:00: Protesters storm the gate\n:::',
		);
		expect(messages).toEqual([]);
		expect(blocksOf(tree)).toEqual([
			{
				kind: 'timeline',
				events: [
					{ date: '2019-12-29', text: 'text: US strikes on five sites' },
					{ date: '2019-12-31T10:00:00+03:00', text: 'text: Protesters storm the gate' },
				],
			},
		]);
	});

	it.each([
		[
			'an item without a date',
			':::timeline\n- Then, strikes\n:::',
			'2:article:timeline expected each item of :::timeline to start with a date and a colon (- 2019-12-29: what happened), found "Then, strikes"',
		],
		[
			'an impossible date',
			':::timeline\n- 2019-02-30: Strikes\n:::',
			'2:article:timeline expected a date (2019-12-31) or a date-time with offset (2019-12-31T14:05:00Z) in :::timeline, found "2019-02-30"',
		],
		[
			'a time without offset',
			':::timeline\n- 2019-12-29T10:00: Strikes\n:::',
			'2:article:timeline expected a date-time with an offset such as "Z" or "+03:00" (2019-12-31T14:05:00Z): without one the time is ambiguous in :::timeline, found "2019-12-29T10:00"',
		],
		[
			'no event text',
			':::timeline\n- 2019-12-29:\n:::',
			'2:article:timeline expected what happened after the date in :::timeline (- 2019-12-29: what happened), found nothing',
		],
		[
			'no list',
			':::timeline\nStrikes.\n:::',
			'2:article:timeline expected :::timeline to hold one list, an item per event (- 2019-12-29: what happened), found a paragraph',
		],
	])('reports a timeline with %s', (_name, markdown, message) => {
		expect(run(markdown).messages).toEqual([message]);
	});

	it('reads a post as a static snapshot', () => {
		const { tree, messages } = run(
			':::post{url=https://x.example/realDonaldTrump/status/1 author="Donald J. Trump" handle=@realDonaldTrump date=2019-12-31}\nIran will be held **fully responsible**.\n:::',
		);
		expect(messages).toEqual([]);
		expect(blocksOf(tree)).toEqual([
			{
				kind: 'post',
				url: 'https://x.example/realDonaldTrump/status/1',
				author: 'Donald J. Trump',
				handle: '@realDonaldTrump',
				date: '2019-12-31',
				text: 'text: Iran will be held fully responsible.',
			},
		]);
	});

	it.each([
		[
			'a javascript: url',
			'url="javascript:alert(1)" author=A date=2019-12-31',
			`expected the url of :::post to be the original post's http: or https: address, found "javascript:alert(1)"`,
		],
		['a data: url', 'url="data:text/html,x" author=A date=2019-12-31', 'found "data:text/html,x"'],
		['a relative url', 'url=/status/1 author=A date=2019-12-31', 'found "/status/1"'],
		[
			'no author',
			'url=https://a.example/1 date=2019-12-31',
			'expected :::post{…} to have author=… (who posted it), found none',
		],
		[
			'a bad date',
			'url=https://a.example/1 author=A date=31/12/2019',
			'in :::post, found "31/12/2019"',
		],
	])('reports a post with %s', (_name, attributes, message) => {
		const { tree, messages } = run(`:::post{${attributes}}\nWords.\n:::`);
		expect(messages).toEqual([expect.stringContaining(message)]);
		expect(blocksOf(tree)).toEqual([]);
	});
});

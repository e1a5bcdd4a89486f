import type { ListItem, RootContent } from 'mdast';
import { dateInputProblem } from '../../core/dates.ts';
import { isWebUrl } from '../../core/web-url.ts';
import type { BlockDraft } from '../article-block-node.ts';
import {
	contentOf,
	describeNode,
	isBlank,
	phrasingOrFlow,
	readAttributes,
	type AttributeSpec,
	type BlockContext,
	type ContainerDirective,
} from './block-context.ts';

type Draft<K extends BlockDraft['kind']> = Extract<BlockDraft, { kind: K }>;

/** The attributes of a text block's directive, as `readAttributes` gives them. */
type Attributes<S> = Partial<Record<keyof S & string, string>>;

/**
 * The recogniser of a container block made of attributes and content it cannot be without (a
 * quote, facts, a post's words): both are read and every problem reported, then `build` makes
 * the block; `undefined` when either has a problem.
 */
function textBlock<S extends Readonly<Record<string, AttributeSpec>>, D extends BlockDraft>(
	spec: S,
	what: string,
	build: (
		attributes: Attributes<S>,
		content: RootContent[],
		context: BlockContext,
	) => D | undefined,
): (node: ContainerDirective, context: BlockContext) => D | undefined {
	return (node, context) => {
		const attributes = readAttributes(node, spec, context);
		const content = contentOf(node, context);
		if (isBlank(content)) {
			context.fail(`expected ${what} inside :::${node.name}, found nothing`, node);
			return undefined;
		}
		return attributes && build(attributes, content, context);
	};
}

/**
 * `:::pullquote{cite}` around a sentence of the article, set apart in large type. Whether its
 * words are the article's is checked once the whole article is known (a warning, not an error).
 */
export const pullquoteDirective = textBlock(
	{ cite: { required: false, what: 'who said the quoted words' } },
	'the quoted words',
	({ cite }, content, context): Draft<'pullquote'> => ({
		kind: 'pullquote',
		quote: context.slots.add(content),
		...(cite === undefined ? {} : { cite }),
	}),
);

/** `:::factbox{title}` around key facts (usually a list): a box beside the story. */
export const factboxDirective = textBlock(
	{ title: { required: true, what: 'the heading of the box, such as "Key facts"' } },
	'the facts',
	({ title }, content, context): Draft<'factbox'> | undefined =>
		title === undefined
			? undefined
			: { kind: 'factbox', title, content: context.slots.add(content) },
);

// The date is everything before the first colon that a space (or the end) follows, so a
// date-time's own colons (`2019-12-29T14:00:00+03:00: …`) stay in it.
const DATED_ITEM = /^\s*(\S+?):(?:\s+|$)/;
const TIMELINE_ITEM = '- 2019-12-29: what happened';

/**
 * `:::timeline` around one list whose items each start with a date and a colon
 * (`- 2019-12-29: US strikes on five sites`): dated events, dates checked like front-matter dates.
 */
export function timelineDirective(
	node: ContainerDirective,
	context: BlockContext,
): Draft<'timeline'> | undefined {
	const attributes = readAttributes(node, {}, context);
	const content = contentOf(node, context);
	const [list, ...more] = content;
	if (list?.type !== 'list' || more.length > 0) {
		context.fail(
			`expected :::timeline to hold one list, an item per event (${TIMELINE_ITEM}), found ${content.length === 0 ? 'nothing' : content.map(describeNode).join(', ')}`,
			list ?? node,
		);
		return undefined;
	}
	const events = list.children.map((item) => timelineEvent(item, context));
	if (!attributes || events.some((event) => event === undefined)) return undefined;
	return { kind: 'timeline', events: events as Draft<'timeline'>['events'] };
}

function timelineEvent(
	item: ListItem,
	context: BlockContext,
): Draft<'timeline'>['events'][number] | undefined {
	const [paragraph, ...rest] = item.children;
	const first = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
	const match = first?.type === 'text' ? DATED_ITEM.exec(first.value) : null;
	if (paragraph?.type !== 'paragraph' || first?.type !== 'text' || !match) {
		context.fail(
			`expected each item of :::timeline to start with a date and a colon (${TIMELINE_ITEM}), found ${JSON.stringify(first?.type === 'text' ? first.value.slice(0, 40) : describeFirst(item))}`,
			item,
		);
		return undefined;
	}
	const date = match[1] ?? '';
	const problem = dateInputProblem(date);
	if (problem !== undefined) {
		context.fail(`${problem} in :::timeline, found ${JSON.stringify(date)}`, item);
		return undefined;
	}
	const text = first.value.slice(match[0].length);
	const children: RootContent[] = [
		{
			...paragraph,
			children: [
				...(text === '' ? [] : [{ ...first, value: text }]),
				...paragraph.children.slice(1),
			],
		},
		...rest,
	];
	if (isBlank(children)) {
		context.fail(
			`expected what happened after the date in :::timeline (${TIMELINE_ITEM}), found nothing`,
			item,
		);
		return undefined;
	}
	return { date, text: context.slots.add(phrasingOrFlow(children)) };
}

function describeFirst(item: ListItem): string {
	const first = item.children[0];
	return first === undefined ? 'an empty item' : describeNode(first);
}

function checkUrl(value: string): string | undefined {
	return isWebUrl(value)
		? undefined
		: `expected the url of :::post to be the original post's http: or https: address, found ${JSON.stringify(value)}`;
}

function checkDate(value: string): string | undefined {
	const problem = dateInputProblem(value);
	return problem === undefined
		? undefined
		: `${problem} in :::post, found ${JSON.stringify(value)}`;
}

/**
 * `:::post{url author handle date}` around the words of a social media post: a static snapshot
 * of it, which loads nothing from the network and stays readable when the original is deleted.
 */
export const postDirective = textBlock(
	{
		url: { required: true, what: "the original post's address", check: checkUrl },
		author: { required: true, what: 'who posted it' },
		handle: { required: false, what: 'their account name, such as @newsdesk' },
		date: { required: true, what: 'when it was posted, such as 2019-12-31', check: checkDate },
	},
	"the post's words",
	({ url, author, handle, date }, content, context): Draft<'post'> | undefined =>
		url === undefined || author === undefined || date === undefined
			? undefined
			: {
					kind: 'post',
					url: new URL(url).href,
					author,
					...(handle === undefined ? {} : { handle }),
					date,
					text: context.slots.add(content),
				},
);

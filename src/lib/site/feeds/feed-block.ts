import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Block, FigureImage, HtmlPart, ImageRights } from '../../article/article-schema.ts';
import { assertNever } from '../../core/assert-never.ts';
import { resolveDate } from '../../core/dates.ts';
import { formatArticleDate } from '../i18n/format-article-date.ts';
import type { UiStrings } from '../i18n/strings.ts';
import { imageCredit } from '../blocks/image-credit.ts';
import { playerUrl } from '../blocks/player-url.ts';
import { parseHtml } from './feed-html.ts';

/** What a feed's rendering of blocks needs from the site. */
export interface FeedBlockOptions {
	/** Interface strings in the article's language. */
	strings: UiStrings;
	/** The site's player URL template (`{videoId}`, `{account}`, `{player}`). */
	videoPlayerUrl: string;
	/**
	 * IANA zone a date-time of a timeline or post is shown in (the site's). Calendar dates show as
	 * written in any zone.
	 */
	timeZone: string;
	/**
	 * The published file of a body image (`src` as the article wrote it), when the caller has one:
	 * the feed then shows the image. Without it, the feed says what the image shows (its alt).
	 */
	image?: ((src: string) => { url: string; width: number; height: number } | undefined) | undefined;
	/**
	 * What each body image file declares (IPTC/XMP), by the path the article wrote: a figure the
	 * article gives no credit is credited as the file says, as on its page.
	 */
	rights?: Readonly<Record<string, ImageRights>> | undefined;
}

/**
 * A block as a feed shows it: plain elements built from the block's typed data, with no style,
 * script or frame, since a feed reader applies none of the site's. Author text inside a block was
 * sanitized by the pipeline; it is parsed again here as the body's HTML is.
 */
export function feedBlock(block: Block, options: FeedBlockOptions): Element {
	const { strings } = options;
	switch (block.kind) {
		case 'video':
			return h('p', [
				h('a', { href: playerUrl(options.videoPlayerUrl, block) }, [
					`${strings.video.caption}: ${strings.video.play}`,
				]),
			]);
		case 'figure':
			return block.sensitive === undefined
				? feedFigure(block, options)
				: sensitiveNote(block.sensitive, strings);
		case 'gallery':
			return block.sensitive === undefined
				? h(
						'div',
						block.figures.map((figure) => feedFigure(figure, options)),
					)
				: sensitiveNote(block.sensitive, strings);
		case 'pullquote':
			return h('blockquote', [
				...html(block.quote),
				...(block.cite === undefined ? [] : [h('p', [`— ${block.cite}`])]),
			]);
		case 'factbox':
			return h('div', [h('h3', [block.title]), ...html(block.content)]);
		case 'timeline':
			return h(
				'ol',
				block.events.map((event) =>
					h('li', [feedDate(event.date, options), ': ', ...html(event.text)]),
				),
			);
		case 'post':
			return h('blockquote', { cite: block.url }, [
				...html(block.text),
				h('p', [
					`— ${block.author}`,
					...(block.handle === undefined ? [] : [` (${block.handle})`]),
					', ',
					feedDate(block.date, options),
					' · ',
					h('a', { href: block.url }, [strings.post.original]),
				]),
			]);
		default:
			return assertNever(block);
	}
}

function html(part: HtmlPart): ElementContent[] {
	return parseHtml(part.html) as ElementContent[];
}

function feedFigure(figure: FigureImage, options: FeedBlockOptions): Element {
	const published = options.image?.(figure.src);
	const credit = imageCredit(figure.credit, options.rights?.[figure.src]);
	const caption = [
		...(figure.caption === undefined ? [] : html(figure.caption)),
		...(figure.caption !== undefined && credit !== undefined ? [' '] : []),
		...(credit === undefined ? [] : [options.strings.imageCredit(credit)]),
	];
	return h('figure', [
		published === undefined
			? h('p', [options.strings.imageInFeed(figure.alt)])
			: h('img', {
					src: published.url,
					alt: figure.alt,
					width: published.width,
					height: published.height,
				}),
		...(caption.length === 0 ? [] : [h('figcaption', caption)]),
	]);
}

function sensitiveNote(reason: string, strings: UiStrings): Element {
	return h('p', [`${strings.sensitive.warning}: ${reason}. ${strings.sensitive.inFeed}`]);
}

function feedDate(iso: string, options: FeedBlockOptions): Element {
	const { timeZone } = options;
	return h('time', { dateTime: iso }, [
		formatArticleDate(resolveDate(iso, timeZone), options.strings.lang, timeZone),
	]);
}

import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse, type HTMLElement } from 'node-html-parser';

/** An `.astro` component, as the Container API takes it. */
type AstroComponentFactory = Parameters<AstroContainer['renderToString']>[0];

let container: Promise<AstroContainer> | undefined;

/** `Component` rendered with `props` through Astro's Container API, as HTML. */
export async function renderHtml(
	Component: AstroComponentFactory,
	props: Record<string, unknown>,
): Promise<string> {
	container ??= AstroContainer.create();
	return (await container).renderToString(Component, { props });
}

/** `Component` rendered with `props`, parsed for querying. */
export async function render(
	Component: AstroComponentFactory,
	props: Record<string, unknown>,
): Promise<HTMLElement> {
	return parse(await renderHtml(Component, props));
}

/** The site settings a block or the live coverage takes (`site`), as the fixture site has them. */
export const TEST_SITE = {
	videoPlayerUrl: 'https://player.example/{account}/{player}/?v={videoId}',
	timeZone: 'Asia/Baghdad',
};

/** A block's rich text (`HtmlPart`): HTML as the sanitizer gives it. */
export const htmlPart = (value: string) => ({ kind: 'html', html: value }) as const;

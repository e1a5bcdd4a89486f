import { check, LinkState, type LinkResult } from 'linkinator';

/** A broken link: where it points, from which page, and what the server said. */
export interface BrokenLink {
	url: string;
	parent?: string;
	status?: number;
	reason: string;
}

/**
 * Crawls the site from `startUrl` with linkinator, following every link on its own origin and
 * checking `#fragment`s against the target page's ids. Links to other origins are skipped: the
 * tests have no network, and external links are not ours to keep alive.
 */
export async function findBrokenLinks(
	startUrl: string,
): Promise<{ broken: BrokenLink[]; checked: number }> {
	const origin = new URL(startUrl).origin;
	const result = await check({
		path: startUrl,
		recurse: true,
		checkFragments: true,
		checkCss: true,
		concurrency: 8,
		timeout: 10_000,
		linksToSkip: (link: string) => Promise.resolve(!isSameOrigin(link, origin)),
	});
	const broken = result.links
		.filter((link: LinkResult) => link.state === LinkState.BROKEN)
		.map((link) => ({
			url: link.url,
			...(link.parent === undefined ? {} : { parent: link.parent }),
			...(link.status === undefined ? {} : { status: link.status }),
			reason: (link.failureDetails ?? [])
				.map((detail) => (detail instanceof Error ? detail.message : `HTTP ${detail.status}`))
				.join('; '),
		}));
	const checked = result.links.filter((link) => link.state !== LinkState.SKIPPED).length;
	return { broken, checked };
}

function isSameOrigin(link: string, origin: string): boolean {
	try {
		return new URL(link, origin).origin === origin;
	} catch {
		return false;
	}
}

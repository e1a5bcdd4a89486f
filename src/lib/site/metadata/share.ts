/** A way to share an article: a plain link that needs no script and loads nothing until followed. */
export interface ShareLink {
	/** The service's name as readers know it (`Facebook`), or `email`. */
	service: string;
	/** The address that opens the service's share form with the article filled in. */
	href: string;
	/** Whether the link leaves the site (everything but email). */
	external: boolean;
}

/** What a share link carries. */
export interface Shared {
	/** The article's absolute canonical URL. */
	url: string;
	/** The headline. */
	title: string;
}

const q = encodeURIComponent;

/**
 * The share links of an article: each service's documented share address, the URL and title
 * percent-encoded (so `&`, `#` or Arabic text in a headline cannot break the query), and a
 * `mailto:` whose subject is the headline and whose body is the URL.
 */
export function shareLinks({ url, title }: Shared): ShareLink[] {
	const text = `${title} ${url}`;
	return [
		{ service: 'X', href: `https://x.com/intent/tweet?text=${q(title)}&url=${q(url)}` },
		{ service: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${q(url)}` },
		{ service: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}` },
		{ service: 'WhatsApp', href: `https://wa.me/?text=${q(text)}` },
		{ service: 'Bluesky', href: `https://bsky.app/intent/compose?text=${q(text)}` },
		{ service: 'Telegram', href: `https://t.me/share/url?url=${q(url)}&text=${q(title)}` },
	]
		.map((link) => ({ ...link, external: true }))
		.concat({
			service: 'email',
			// RFC 6068: percent-encoded, spaces as %20 (a "+" would stay a plus sign in mail clients).
			href: `mailto:?subject=${q(title)}&body=${q(url)}`,
			external: false,
		});
}

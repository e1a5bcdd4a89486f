/**
 * Whether a post's address may be linked: `http:` or `https:` only. The pipeline accepts no
 * other, so this guards a page against data that did not come from it.
 */
export function isWebUrl(url: string): boolean {
	try {
		const { protocol } = new URL(url);
		return protocol === 'http:' || protocol === 'https:';
	} catch {
		return false;
	}
}

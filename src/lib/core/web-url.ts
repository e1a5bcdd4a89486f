/**
 * Whether `url` is an absolute `http:` or `https:` address, the only kind an article may link to
 * or a page may render as a link: the pipeline checks what authors write with it, and pages guard
 * against data that did not come from the pipeline.
 */
export function isWebUrl(url: string): boolean {
	try {
		const { protocol } = new URL(url);
		return protocol === 'http:' || protocol === 'https:';
	} catch {
		return false;
	}
}

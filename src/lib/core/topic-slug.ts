import { slug as bareSlug } from 'github-slugger';

/**
 * The URL segment of a topic (github-slugger, as heading ids: `United States` → `united-states`).
 * Tags that differ only in case or punctuation are one topic. Empty when the name has no
 * letter or digit; the front-matter schema rejects such tags.
 */
export function topicSlug(name: string): string {
	return bareSlug(name);
}

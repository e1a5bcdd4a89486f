import { authorPath } from '../urls.ts';

/** What the listings need of an author: the id (the page's URL segment) and the name bylines give. */
export interface AuthorRef {
	id: string;
	name: string;
}

/** The key a byline and an author's name are compared by: case and Unicode form do not count. */
function nameKey(name: string): string {
	return name.normalize('NFC').trim().toLocaleLowerCase('und');
}

/**
 * Finds the author a byline names: a name equal to an author's id or name (case aside) is that
 * author; any other name (a desk, an agency, a contributor without a file) is nobody's, and its
 * byline stays plain text.
 */
export function bylineResolver<A extends AuthorRef>(
	authors: readonly A[],
): (byline: string) => A | undefined {
	const byKey = new Map<string, A>();
	// Names first, then ids: an id wins when a name and an id collide.
	for (const author of authors) byKey.set(nameKey(author.name), author);
	for (const author of authors) byKey.set(author.id, author);
	// Bylines repeat across an archive: each is resolved once (Unicode normalization is not cheap).
	const resolved = new Map<string, A | undefined>();
	return (byline) => {
		if (resolved.has(byline)) return resolved.get(byline);
		const author = byKey.get(byline.trim()) ?? byKey.get(nameKey(byline));
		resolved.set(byline, author);
		return author;
	};
}

/**
 * The names a byline shows: an author's name for a byline that names an author file (by id, as
 * `jane-doe`, or by name), else the name as written.
 */
export function bylineNames(
	bylines: readonly string[],
	authorOf: (byline: string) => AuthorRef | undefined,
): string[] {
	return bylines.map((byline) => authorOf(byline)?.name ?? byline);
}

/** A byline name as an article shows it: with its author's page when it names an author file. */
export interface BylineLink {
	/** The author file's name, else the name as written. */
	name: string;
	/** The base-aware path of the author's page. */
	href?: string | undefined;
}

/**
 * Each byline name of an article as its pages show it, given the authors it names (`byline` as
 * written): a byline that gives an author's id (`jane-doe`) shows the author's name and links
 * their page; the rest stay plain names.
 */
export function bylineLinks(
	bylines: readonly string[],
	authors: readonly (AuthorRef & { byline: string })[],
	base = '/',
): BylineLink[] {
	const byByline = new Map(authors.map((author) => [author.byline, author]));
	return bylines.map((name) => {
		const author = byByline.get(name);
		return author === undefined
			? { name }
			: { name: author.name, href: authorPath(author.id, base) };
	});
}

/**
 * Each author's articles, in the order of `articles` (newest first, as pages list them): those
 * whose byline names the author.
 */
export function articlesByAuthor<T extends { meta: { authors: readonly string[] } }>(
	articles: readonly T[],
	authors: readonly AuthorRef[],
): Map<string, T[]> {
	const resolve = bylineResolver(authors);
	const byAuthor = new Map<string, T[]>(authors.map((author) => [author.id, []]));
	for (const article of articles) {
		const ids = new Set(article.meta.authors.flatMap((name) => resolve(name)?.id ?? []));
		for (const id of ids) byAuthor.get(id)?.push(article);
	}
	return byAuthor;
}

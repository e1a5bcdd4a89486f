import type { LoaderContext } from 'astro/loaders';

/**
 * Makes Astro write the content store's image imports again at the end of a sync, even when no
 * entry with an image changed.
 *
 * Astro resolves an entry's image fields (a lead image, a portrait) through a module it writes in
 * the project's `.astro/` folder, listing the images of every entry in the store; but it rewrites
 * that module only when an entry with an image was stored in this sync. The store lives in the
 * cache folder, while `.astro/` belongs to the project: after a build of other content in the same
 * project (the tests build several fixture sites; an editor may build another folder with
 * `ARTICLES_DIR`), a warm build whose entries are all unchanged would keep the other build's list,
 * and the first page it renders with an image of its own (a front page whose lead is unchanged but
 * whose list moved) would fail. Storing one image entry again marks the list stale, and Astro
 * rebuilds it from the whole store.
 */
export function refreshAssetImports(context: LoaderContext): void {
	for (const id of context.store.keys()) {
		const entry = context.store.get(id);
		if (entry?.assetImports === undefined || entry.assetImports.length === 0) continue;
		// `set` ignores an entry whose digest is unchanged: take it out first, then put it back as is.
		context.store.delete(id);
		context.store.set(entry);
		return;
	}
}

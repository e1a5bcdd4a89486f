import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { siteConfig } from '../../../src/site.config.ts';
import type { FixtureBuild } from '../shared/paths.ts';

/** The absolute URL of a fixture build's home: the site's URL plus the build's base. */
export function siteHome(build: FixtureBuild): string {
	return new URL(build.base, siteConfig.url).href;
}

/**
 * The file in `build`'s output that an absolute URL of the site is served from (`/x/` from
 * `x/index.html`), or a sentence saying why there is none: another origin, outside the base,
 * nothing built there, or a `#fragment` with no such id on the page.
 */
export function builtFileOf(
	url: string,
	build: FixtureBuild,
): { file: string } | { problem: string } {
	const home = siteHome(build);
	if (!url.startsWith(home)) return { problem: `${url} is not below the site's home ${home}` };
	const parsed = new URL(url);
	const path = decodeURIComponent(parsed.pathname).slice(build.base.length);
	const file = join(build.outDir, path === '' || path.endsWith('/') ? `${path}index.html` : path);
	if (!existsSync(file) || !statSync(file).isFile())
		return { problem: `${url}: nothing built at ${file}` };
	if (parsed.hash !== '') {
		const id = decodeURIComponent(parsed.hash.slice(1));
		if (!readFileSync(file, 'utf8').includes(` id="${id}"`))
			return { problem: `${url}: ${file} has no element with id "${id}"` };
	}
	return { file };
}

/**
 * The absolute URL of a URL as a page of `build` writes it: a site-absolute path
 * (`/news/_astro/x.jpg`) resolved against the site's origin; any other URL (absolute, relative,
 * empty) as it is, for `builtFileOf` to refuse what is not below the site's home.
 */
export function absoluteSiteUrl(url: string, build: FixtureBuild): string {
	return url.startsWith('/') ? new URL(url, siteHome(build)).href : url;
}

/**
 * The file in `build`'s output that a URL of the site (absolute, or a site-absolute path with the
 * base) is served from. Throws saying why when there is none (see `builtFileOf`).
 */
export function builtFile(url: string, build: FixtureBuild): string {
	const found = builtFileOf(absoluteSiteUrl(url, build), build);
	if ('problem' in found) throw new Error(found.problem);
	return found.file;
}

/** Every file below `build`'s output that `keep` takes (given its path with `/` separators), sorted. */
export function builtFiles(build: FixtureBuild, keep: (rel: string) => boolean): string[] {
	return readdirSync(build.outDir, { recursive: true, encoding: 'utf8' })
		.map((name) => name.split(sep).join('/'))
		.filter(keep)
		.sort();
}

/** Every file below `build`'s output whose name is one of `names`. */
export function builtFilesNamed(build: FixtureBuild, names: readonly string[]): string[] {
	return builtFiles(build, (rel) => names.includes(rel.split('/').at(-1) ?? ''));
}

/** Why `url` does not resolve to a built file of `build` (see `builtFileOf`), or `undefined`. */
export function unresolved(url: string, build: FixtureBuild): string | undefined {
	const found = builtFileOf(url, build);
	return 'problem' in found ? found.problem : undefined;
}

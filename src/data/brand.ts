import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import type { PublishedImage, PublisherContext } from '../lib/site/metadata/json-ld.ts';
import sharp from 'sharp';
import { absoluteUrl, withBase } from '../lib/site/urls.ts';
import { siteConfig } from '../site.config.ts';

/**
 * The publisher's identity as pages use it, made once a build from the files the site settings
 * name (`publisher.logo`, `favicon`, `defaultImage`): the favicon set, the logo, the default
 * link-preview image and the publisher's JSON-LD. Changing those settings or files changes every
 * page.
 */
export interface Brand {
	/** The favicon as is (SVG), and PNGs made from it: 32 pixels, and 180 for Apple's touch icon (base-aware paths). */
	favicon: { svg: string; png32: string; appleTouch: string };
	/** The logo as the header shows it (its own file), with its size. */
	logo: { src: string; width: number; height: number };
	/** The link-preview image of pages without their own: absolute URL, size, text alternative. */
	defaultImage: PublishedImage & { alt: string };
	/** The publisher, for every article's JSON-LD. */
	publisher: PublisherContext;
}

// Every image below src/assets, by its path from the project root: the settings name files there.
const ASSETS = import.meta.glob<ImageMetadata>('/src/assets/**/*.{svg,png,jpg,jpeg}', {
	eager: true,
	import: 'default',
});

// The same SVGs as text: the favicon and an SVG logo are served as they are, and rasterized here
// (astro:assets rasterizes no SVG unless told to for every SVG, which we do not want).
const SVG_SOURCES = import.meta.glob<string>('/src/assets/**/*.svg', {
	eager: true,
	query: '?raw',
	import: 'default',
});

/** A file the build writes below `/brand/`: its name, type and bytes. */
export interface BrandFile {
	name: string;
	type: string;
	bytes: () => Promise<Uint8Array>;
	/** What its bytes are made from (its page's cache key): an unchanged file is not made again. */
	key: string;
}

function svgSource(setting: string, path: string): string {
	const source = SVG_SOURCES[`/${path}`];
	if (source === undefined) {
		throw new Error(`src/site.config.ts "${setting}": expected an SVG file at ${path}, found none`);
	}
	return source;
}

/** A square PNG of `size` pixels rasterized from an SVG, the same bytes every build. */
function rasterize(svg: string, size: number): () => Promise<Uint8Array> {
	return async () =>
		new Uint8Array(
			await sharp(Buffer.from(svg), { density: 384 })
				.resize(size, size, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
				.png({ compressionLevel: 9 })
				.toBuffer(),
		);
}

/**
 * The files of the favicon set (and an SVG logo's PNG), written at `/brand/<name>` by
 * `src/pages/brand/[file].ts`: the SVG as written, and PNGs made from it with sharp.
 */
export function brandFiles(): BrandFile[] {
	const favicon = svgSource('favicon', siteConfig.favicon);
	const files: BrandFile[] = [
		{
			name: 'favicon.svg',
			type: 'image/svg+xml',
			bytes: () => Promise.resolve(new TextEncoder().encode(favicon)),
			key: favicon,
		},
		{
			name: 'favicon-32.png',
			type: 'image/png',
			bytes: rasterize(favicon, 32),
			key: `32\0${favicon}`,
		},
		{
			name: 'apple-touch-icon.png',
			type: 'image/png',
			bytes: rasterize(favicon, 180),
			key: `180\0${favicon}`,
		},
	];
	if (siteConfig.publisher.logo.toLowerCase().endsWith('.svg')) {
		const logo = svgSource('publisher.logo', siteConfig.publisher.logo);
		files.push(
			{
				name: 'logo.svg',
				type: 'image/svg+xml',
				bytes: () => Promise.resolve(new TextEncoder().encode(logo)),
				key: logo,
			},
			{
				name: 'logo.png',
				type: 'image/png',
				bytes: rasterize(logo, LOGO_PNG_SIZE),
				key: `${String(LOGO_PNG_SIZE)}\0${logo}`,
			},
		);
	}
	return files;
}

/** The size of the logo's PNG in JSON-LD (Google asks for at least 112 pixels). */
const LOGO_PNG_SIZE = 512;

/** The image the settings name at `path`, as `astro:assets` imported it. */
function asset(setting: string, path: string): ImageMetadata {
	const image = ASSETS[`/${path}`];
	if (image === undefined) {
		throw new Error(
			`src/site.config.ts "${setting}": expected an image file at ${path}, found none`,
		);
	}
	return image;
}

const base = import.meta.env.BASE_URL;

/** The logo: an SVG's own file and PNG (`brandFiles`), or a PNG through `astro:assets`. */
async function logoImages(): Promise<{ src: string; png: PublishedImage }> {
	const path = siteConfig.publisher.logo;
	if (path.toLowerCase().endsWith('.svg')) {
		svgSource('publisher.logo', path);
		return {
			src: withBase('/brand/logo.svg', base),
			png: {
				url: absoluteUrl('/brand/logo.png', siteConfig.url, base),
				width: LOGO_PNG_SIZE,
				height: LOGO_PNG_SIZE,
			},
		};
	}
	const logo = asset('publisher.logo', path);
	const png = await getImage({
		src: logo,
		width: Math.min(logo.width, LOGO_PNG_SIZE),
		format: 'png',
	});
	return {
		src: png.src,
		png: {
			url: new URL(png.src, siteConfig.url).href,
			width: Number(png.attributes['width']),
			height: Number(png.attributes['height']),
		},
	};
}

async function makeBrand(): Promise<Brand> {
	svgSource('favicon', siteConfig.favicon);
	const preview = asset('defaultImage.src', siteConfig.defaultImage.src);
	const [logo, previewImage] = await Promise.all([
		logoImages(),
		getImage({
			src: preview,
			width: preview.width,
			format: preview.format === 'png' ? 'png' : 'jpg',
		}),
	]);
	const page = (path: string | undefined) =>
		path === undefined ? undefined : absoluteUrl(path, siteConfig.url, base);
	return {
		favicon: {
			svg: withBase('/brand/favicon.svg', base),
			png32: withBase('/brand/favicon-32.png', base),
			appleTouch: withBase('/brand/apple-touch-icon.png', base),
		},
		logo: { src: logo.src, width: 28, height: 28 },
		defaultImage: {
			url: new URL(previewImage.src, siteConfig.url).href,
			width: Number(previewImage.attributes['width'] ?? preview.width),
			height: Number(previewImage.attributes['height'] ?? preview.height),
			alt: siteConfig.defaultImage.alt,
		},
		publisher: {
			name: siteConfig.publisher.name,
			legalName: siteConfig.publisher.legalName,
			url: absoluteUrl('/', siteConfig.url, base),
			logo: logo.png,
			pages: {
				publishingPrinciples: page(siteConfig.pages.about),
				masthead: page(siteConfig.pages.masthead),
				correctionsPolicy: page(siteConfig.pages.corrections),
				ethicsPolicy: page(siteConfig.pages.ethics),
			},
		},
	};
}

let cached: Promise<Brand> | undefined;

/** The publisher's identity, made once a build. */
export function brand(): Promise<Brand> {
	cached ??= makeBrand();
	return cached;
}

import type { ImageRights } from '../lib/article/article-schema.ts';
import { decodeCharacterReferences, XML_ENTITIES } from '../lib/core/character-references.ts';

/** What one metadata format says of each field; `undefined` where it says nothing. */
type FoundRights = { [Field in keyof ImageRights]?: string | undefined };

/**
 * The credit, creator and copyright an image file declares about itself, from the metadata
 * buffers sharp's `metadata()` gives (`iptc`: the JPEG's APP13 Photoshop block or bare IPTC-IIM;
 * `xmp`: the XMP packet). XMP wins where both say something, as the IPTC Photo Metadata standard
 * prefers it.
 *
 * Both formats are read by hand: the build needs three short strings from two small, stable,
 * well-specified layouts (IIM datasets 2:80, 2:110, 2:116; three XMP properties), while the
 * libraries that read them (exiftool, exifr...) bring a Perl runtime or hundreds of kilobytes of
 * parsers for every other tag, into a step that runs on every image of every build.
 */
export function imageRights(metadata: {
	iptc?: Uint8Array | undefined;
	xmp?: Uint8Array | undefined;
}): ImageRights {
	const iptc: FoundRights = metadata.iptc === undefined ? {} : iptcRights(metadata.iptc);
	const xmp: FoundRights =
		metadata.xmp === undefined ? {} : xmpRights(new TextDecoder().decode(metadata.xmp));
	const rights: ImageRights = {};
	for (const field of ['credit', 'creator', 'copyright'] as const) {
		const value = clean(xmp[field] ?? iptc[field]);
		if (value !== undefined) rights[field] = value;
	}
	return rights;
}

/** A value as a page may print it: control characters out, spaces collapsed, length capped. */
function clean(value: string | undefined): string | undefined {
	if (value === undefined) return undefined;
	const text = value
		// eslint-disable-next-line no-control-regex -- control characters are what this removes
		.replace(/[\u0000-\u001f\u007f]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	if (text === '') return undefined;
	return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

const PHOTOSHOP = 'Photoshop 3.0\0';
/** The Photoshop image resource that holds IPTC-IIM data. */
const IPTC_RESOURCE = 0x0404;

/** The IIM bytes inside a JPEG's APP13 payload (Photoshop image resources), or the bytes given. */
export function iimBytes(buffer: Uint8Array): Uint8Array | undefined {
	const bytes = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
	if (bytes[0] === 0x1c) return bytes;
	if (bytes.toString('latin1', 0, PHOTOSHOP.length) !== PHOTOSHOP) return undefined;
	let at = PHOTOSHOP.length;
	while (at + 12 <= bytes.length && bytes.toString('latin1', at, at + 4) === '8BIM') {
		const id = bytes.readUInt16BE(at + 4);
		const nameLength = bytes[at + 6] ?? 0;
		// The name is a Pascal string padded to an even length, its length byte included.
		const sizeAt = at + 6 + nameLength + 1 + ((nameLength + 1) % 2);
		if (sizeAt + 4 > bytes.length) return undefined;
		const size = bytes.readUInt32BE(sizeAt);
		const dataAt = sizeAt + 4;
		if (dataAt + size > bytes.length) return undefined;
		if (id === IPTC_RESOURCE) return bytes.subarray(dataAt, dataAt + size);
		at = dataAt + size + (size % 2);
	}
	return undefined;
}

/** IIM dataset numbers (record 2, the application record) of the fields read. */
const BY_LINE = 80;
const CREDIT = 110;
const COPYRIGHT_NOTICE = 116;
/** Record 1's coded character set; `ESC % G` says UTF-8. */
const CODED_CHARACTER_SET = 90;

/** The rights in IPTC-IIM data (inside APP13 or bare). */
export function iptcRights(buffer: Uint8Array): FoundRights {
	const iim = iimBytes(buffer);
	if (iim === undefined) return {};
	const values = new Map<number, Uint8Array[]>();
	let utf8 = false;
	let at = 0;
	while (at + 5 <= iim.length && iim[at] === 0x1c) {
		const record = iim[at + 1] ?? 0;
		const dataset = iim[at + 2] ?? 0;
		let length = ((iim[at + 3] ?? 0) << 8) | (iim[at + 4] ?? 0);
		let dataAt = at + 5;
		// An extended dataset: the low bits give how many bytes hold the length.
		if (length & 0x8000) {
			const count = length & 0x7fff;
			length = 0;
			for (let i = 0; i < count; i++) length = length * 256 + (iim[dataAt + i] ?? 0);
			dataAt += count;
		}
		if (dataAt + length > iim.length) break;
		const value = iim.subarray(dataAt, dataAt + length);
		if (record === 1 && dataset === CODED_CHARACTER_SET) {
			utf8 = value.length === 3 && value[0] === 0x1b && value[1] === 0x25 && value[2] === 0x47;
		}
		if (record === 2) values.set(dataset, [...(values.get(dataset) ?? []), value]);
		at = dataAt + length;
	}
	const text = (dataset: number) => {
		const found = values.get(dataset);
		return found === undefined ? undefined : found.map((value) => decode(value, utf8)).join(', ');
	};
	return { credit: text(CREDIT), creator: text(BY_LINE), copyright: text(COPYRIGHT_NOTICE) };
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** IIM text: UTF-8 when the file says so or when it decodes as such, else ISO 8859-1. */
function decode(value: Uint8Array, utf8: boolean): string {
	if (utf8) return new TextDecoder().decode(value);
	try {
		return STRICT_UTF8.decode(value);
	} catch {
		return new TextDecoder('latin1').decode(value);
	}
}

/** The rights in an XMP packet: `photoshop:Credit`, `dc:creator`, `dc:rights`. */
export function xmpRights(xmp: string): FoundRights {
	return {
		credit: simpleProperty(xmp, 'photoshop:Credit'),
		creator: listProperty(xmp, 'dc:creator', false),
		copyright: listProperty(xmp, 'dc:rights', true),
	};
}

/** A simple property, written as an attribute of `rdf:Description` or as an element. */
function simpleProperty(xmp: string, name: string): string | undefined {
	const attribute = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(xmp);
	if (attribute) return unescapeXml(attribute[2] ?? attribute[3] ?? '');
	const element = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(xmp);
	return element ? unescapeXml(element[1] ?? '') : undefined;
}

/**
 * A list property (`rdf:Seq` of creators, `rdf:Alt` of languages): the `x-default` item of an
 * alternative when `alternative`, else every item joined.
 */
function listProperty(xmp: string, name: string, alternative: boolean): string | undefined {
	const body = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(xmp)?.[1];
	if (body === undefined) return simpleProperty(xmp, name);
	const items = [...body.matchAll(/<rdf:li(\s[^>]*)?>([^<]*)<\/rdf:li>/g)];
	if (items.length === 0) return undefined;
	if (alternative) {
		const preferred = items.find((item) => /xml:lang\s*=\s*["']x-default["']/.test(item[1] ?? ''));
		return unescapeXml((preferred ?? items[0])?.[2] ?? '');
	}
	return items.map((item) => unescapeXml(item[2] ?? '')).join(', ');
}

function unescapeXml(text: string): string {
	return decodeCharacterReferences(text, (name) => XML_ENTITIES[name]);
}

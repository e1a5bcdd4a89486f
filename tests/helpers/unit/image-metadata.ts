import sharp from 'sharp';

/** IPTC-IIM fields a test image carries. */
export interface IptcFields {
	/** 2:110 Credit Line. */
	credit?: string;
	/** 2:80 By-line (the creator). */
	byline?: string;
	/** 2:116 Copyright Notice. */
	copyright?: string;
}

/** One IIM dataset: the tag marker, record, dataset number, two-byte length, then the value. */
function dataset(record: number, number: number, value: Uint8Array): Buffer {
	return Buffer.concat([
		Buffer.from([0x1c, record, number, value.length >> 8, value.length & 0xff]),
		value,
	]);
}

/**
 * `jpeg` with an APP13 segment holding `fields` as IPTC-IIM (UTF-8, declared by dataset 1:90),
 * inside a Photoshop 3.0 image resource 0x0404, as Photoshop and exiftool write it. Written by
 * hand because sharp keeps no IPTC when it encodes; sharp's `metadata()` then reads it back,
 * which proves the segment is where readers look for it.
 */
export function withIptc(jpeg: Buffer, fields: IptcFields): Buffer {
	const iim = Buffer.concat([
		dataset(1, 90, Buffer.from([0x1b, 0x25, 0x47])),
		dataset(2, 0, Buffer.from([0, 4])),
		...(fields.byline === undefined ? [] : [dataset(2, 80, Buffer.from(fields.byline))]),
		...(fields.credit === undefined ? [] : [dataset(2, 110, Buffer.from(fields.credit))]),
		...(fields.copyright === undefined ? [] : [dataset(2, 116, Buffer.from(fields.copyright))]),
	]);
	const size = Buffer.alloc(4);
	size.writeUInt32BE(iim.length);
	const resource = Buffer.concat([
		Buffer.from('8BIM'),
		Buffer.from([0x04, 0x04, 0, 0]),
		size,
		iim,
		Buffer.alloc(iim.length % 2),
	]);
	const payload = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource]);
	const length = Buffer.alloc(2);
	length.writeUInt16BE(payload.length + 2);
	// After SOI (FF D8), before the encoder's own segments.
	return Buffer.concat([
		jpeg.subarray(0, 2),
		Buffer.from([0xff, 0xed]),
		length,
		payload,
		jpeg.subarray(2),
	]);
}

/** An XMP packet with the rights properties a photo agency writes. */
export function rightsXmp(fields: { credit?: string; creator?: string; rights?: string }): string {
	const escape = (text: string) =>
		text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
	return [
		'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
		'<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"',
		fields.credit === undefined ? '>' : ` photoshop:Credit="${escape(fields.credit)}">`,
		fields.creator === undefined
			? ''
			: `<dc:creator><rdf:Seq><rdf:li>${escape(fields.creator)}</rdf:li></rdf:Seq></dc:creator>`,
		fields.rights === undefined
			? ''
			: `<dc:rights><rdf:Alt><rdf:li xml:lang="fr">Droits</rdf:li><rdf:li xml:lang="x-default">${escape(fields.rights)}</rdf:li></rdf:Alt></dc:rights>`,
		'</rdf:Description></rdf:RDF></x:xmpmeta>',
	].join('');
}

/** A small JPEG of one colour, `width` by `height`. */
export function plainJpeg(width: number, height: number, colour = '#7a5230'): Promise<Buffer> {
	return sharp({ create: { width, height, channels: 3, background: colour } })
		.jpeg({ quality: 80 })
		.toBuffer();
}

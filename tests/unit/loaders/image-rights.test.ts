import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { iimBytes, imageRights, iptcRights, xmpRights } from '../../../src/loaders/image-rights.ts';
import { plainJpeg, rightsXmp, withIptc } from '../../helpers/unit/image-metadata.ts';

describe('imageRights', () => {
	it('reads the credit, by-line and copyright of IPTC written into a JPEG, as sharp finds them', async () => {
		const jpeg = withIptc(await plainJpeg(8, 8), {
			credit: 'Jane Doe/Agence Exemple',
			byline: 'Jane Doe',
			copyright: '© 2019 Agence Exemple',
		});
		expect(imageRights(await sharp(jpeg).metadata())).toEqual({
			credit: 'Jane Doe/Agence Exemple',
			creator: 'Jane Doe',
			copyright: '© 2019 Agence Exemple',
		});
	});

	it('reads XMP written by sharp, and prefers it to IPTC', async () => {
		const jpeg = await sharp(withIptc(await plainJpeg(8, 8), { credit: 'IPTC credit' }))
			.withXmp(rightsXmp({ credit: 'XMP & credit', creator: 'Ana Ruiz', rights: '© Agency' }))
			.jpeg()
			.toBuffer();
		expect(imageRights(await sharp(jpeg).metadata())).toEqual({
			credit: 'XMP & credit',
			creator: 'Ana Ruiz',
			copyright: '© Agency',
		});
	});

	it('gives nothing for an image that says nothing', async () => {
		expect(imageRights(await sharp(await plainJpeg(8, 8)).metadata())).toEqual({});
	});

	it('cleans what it reads: control characters out, spaces collapsed, long values cut', () => {
		const iim = Buffer.from([0x1c, 2, 110, 0, 7, ...Buffer.from('A\u0000\nB  C')]);
		expect(iptcRights(iim)).toEqual({ credit: 'A\u0000\nB  C' });
		expect(imageRights({ iptc: iim })).toEqual({ credit: 'A B C' });
		const long = 'x'.repeat(300);
		expect(imageRights({ xmp: Buffer.from(rightsXmp({ credit: long })) }).credit).toHaveLength(200);
	});

	it('reads Latin-1 IPTC when the file declares no character set and is not UTF-8', () => {
		const iim = Buffer.from([0x1c, 2, 116, 0, 6, 0xa9, 0x20, 0x32, 0x30, 0x31, 0x39]);
		expect(iptcRights(iim)).toEqual({ copyright: '© 2019' });
	});

	it.each([
		['an empty buffer', Buffer.alloc(0)],
		['a truncated dataset', Buffer.from([0x1c, 2, 110, 0, 50, 65])],
		[
			'a truncated Photoshop block',
			Buffer.from('Photoshop 3.0\u00008BIM\u0004\u0004\u0000', 'latin1'),
		],
		[
			'a resource claiming 4 GB',
			Buffer.concat([
				Buffer.from('Photoshop 3.0\u00008BIM\u0004\u0004\u0000\u0000', 'latin1'),
				Buffer.from([0xff, 0xff, 0xff, 0xff]),
			]),
		],
	])('survives %s', (_name, buffer) => {
		expect(iptcRights(buffer)).toEqual({});
	});

	it('finds the IIM of resource 0x0404 after other Photoshop resources', () => {
		const other = Buffer.concat([
			Buffer.from('8BIM'),
			Buffer.from([0x04, 0x25, 3, 65, 66, 67]),
			Buffer.from([0, 0, 0, 1, 9, 0]),
		]);
		const iim = Buffer.from([0x1c, 2, 80, 0, 1, 65]);
		const own = Buffer.concat([
			Buffer.from('8BIM'),
			Buffer.from([0x04, 0x04, 0, 0]),
			Buffer.from([0, 0, 0, 6]),
			iim,
		]);
		const block = Buffer.concat([Buffer.from('Photoshop 3.0\u0000', 'latin1'), other, own]);
		expect(iimBytes(block)).toEqual(iim);
	});

	it('reads XMP properties as attributes or elements, and entities in them', () => {
		expect(
			xmpRights(
				'<rdf:Description><photoshop:Credit>A &amp; B &#x263A; &#99999999;</photoshop:Credit><dc:rights><rdf:Alt><rdf:li xml:lang="x-default">&lt;c&gt;</rdf:li></rdf:Alt></dc:rights></rdf:Description>',
			),
		).toEqual({ credit: 'A & B ☺ &#99999999;', copyright: '<c>' });
	});
});

import { XMLParser } from 'fast-xml-parser';
import { xmlSyntaxError } from '../../../helpers/shared/xml-check.ts';
import { describe, expect, it } from 'vitest';
import {
	el,
	escapeXmlAttribute,
	escapeXmlText,
	serializeXml,
	xmlChars,
} from '../../../../src/lib/site/feeds/xml.ts';

// What front matter can hold: markup, entities, a CDATA end, line and paragraph separators,
// a control character and a lone surrogate.
const NASTY = 'A <b>&amp; "q" \'s\' ]]> \u2028\u2029 bell\u0007 half\uD800 done';

describe('xmlChars', () => {
	it('replaces what XML 1.0 forbids and keeps everything else', () => {
		expect(xmlChars('a\u0000b\u0008c\u000Bd\uFFFEe\uFFFF')).toBe(
			'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD',
		);
		expect(xmlChars('tab\tlf\ncr\r \u2028 😀 ثقافة')).toBe('tab\tlf\ncr\r \u2028 😀 ثقافة');
		expect(xmlChars('\uDC00 lone low, \uD83D lone high')).toBe('\uFFFD lone low, \uFFFD lone high');
	});
});

describe('escaping', () => {
	it('escapes text so that no markup and no CDATA end survive', () => {
		expect(escapeXmlText('a < b & c > d ]]>')).toBe('a &lt; b &amp; c &gt; d ]]&gt;');
	});

	it('escapes attributes, keeping whitespace as character references', () => {
		expect(escapeXmlAttribute('say "hi"\tand\nbye\r')).toBe(
			'say &quot;hi&quot;&#9;and&#10;bye&#13;',
		);
	});
});

describe('serializeXml', () => {
	it('writes a document a strict parser reads back to the same values', () => {
		const xml = serializeXml(
			el('root', { title: NASTY, skipped: undefined }, el('text', {}, NASTY), el('empty')),
		);
		expect(xmlSyntaxError(xml)).toBeUndefined();
		const parsed = new XMLParser({
			ignoreAttributes: false,
			parseTagValue: false,
			trimValues: false,
		}).parse(xml) as { root: { '@_title': string; '@_skipped'?: string; text: string } };
		const expected = NASTY.replace('\u0007', '\uFFFD').replace('\uD800', '\uFFFD');
		expect(parsed.root.text).toBe(expected);
		expect(parsed.root['@_title']).toBe(expected);
		expect(parsed.root['@_skipped']).toBeUndefined();
		expect(xml).toContain('<empty/>');
		expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<root')).toBe(true);
	});

	it('keeps text content as written, without indentation inside it', () => {
		expect(serializeXml(el('a', {}, el('b', {}, ' x '), el('c', {}, 'y')))).toBe(
			'<?xml version="1.0" encoding="UTF-8"?>\n<a>\n\t<b> x </b>\n\t<c>y</c>\n</a>\n',
		);
	});

	it('is checked by a validator that does find broken markup', () => {
		expect(xmlSyntaxError('<a><b></a>')).toMatch(/line 1/);
	});

	it('refuses a name that is not an XML name', () => {
		expect(() => serializeXml(el('bad name'))).toThrow('not an XML name: "bad name"');
		expect(() => serializeXml(el('a', { 'x"y': '1' }))).toThrow('not an XML name');
	});
});

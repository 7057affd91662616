import { describe, expect, it } from 'vitest';
import { decodeBytes, sniffMetaCharset, charsetFromContentType, assertText, normalizeEncodingLabel } from '../src/input/decode.js';
import { sniffUtf16, utf8Damage } from '../src/input/utf.js';
import { InputError } from '../src/errors.js';

const latin1 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));

describe('decodeBytes: the charset cascade', () => {
  const cases: Array<{ name: string; bytes: Uint8Array; hints?: Parameters<typeof decodeBytes>[1]; text: string; encoding: string; source: string }> = [
    { name: 'UTF-8 BOM is removed', bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), text: 'A', encoding: 'utf-8', source: 'bom' },
    { name: 'UTF-16LE BOM', bytes: new Uint8Array([0xff, 0xfe, 0x41, 0x00]), text: 'A', encoding: 'utf-16le', source: 'bom' },
    { name: 'UTF-16BE BOM', bytes: new Uint8Array([0xfe, 0xff, 0x00, 0x41]), text: 'A', encoding: 'utf-16be', source: 'bom' },
    { name: 'valid UTF-8 wins over a wrong meta declaration', bytes: new Uint8Array(Buffer.from('<meta charset="iso-8859-1">café')), text: '<meta charset="iso-8859-1">café', encoding: 'utf-8', source: 'utf-8' },
    { name: 'HTTP charset before meta', bytes: latin1('<meta charset="windows-1251">caf\u00e9'), hints: { httpCharset: 'iso-8859-1' }, text: '<meta charset="windows-1251">café', encoding: 'windows-1252', source: 'http' },
    { name: 'meta charset', bytes: new Uint8Array([...Buffer.from('<meta charset="windows-1251">'), 0xcf, 0xf0, 0xe8]), text: '<meta charset="windows-1251">При', encoding: 'windows-1251', source: 'meta' },
    { name: 'http-equiv content type', bytes: new Uint8Array([...Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'), 0x82, 0xa0]), text: '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">あ', encoding: 'shift_jis', source: 'meta' },
    { name: 'windows-1252 fallback', bytes: latin1('caf\u00e9 \u0093quoted\u0094'), text: 'café “quoted”', encoding: 'windows-1252', source: 'fallback' },
    { name: 'override beats everything', bytes: new Uint8Array(Buffer.from('café')), hints: { override: 'latin1' }, text: 'cafÃ©', encoding: 'windows-1252', source: 'option' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(decodeBytes(c.bytes, c.hints)).toEqual({ text: c.text, encoding: c.encoding, source: c.source, warnings: [] });
    });
  }

  it('rejects an unknown override label', () => {
    expect(() => decodeBytes(new Uint8Array([0x41]), { override: 'no-such-charset' })).toThrow(InputError);
  });
});

describe('charset helpers', () => {
  it.each([
    ['text/html; charset=UTF-8', 'UTF-8'],
    ['text/html;charset="iso-8859-1"', 'iso-8859-1'],
    ['text/html', null],
    [null, null],
  ])('charsetFromContentType(%s) = %s', (header, expected) => {
    expect(charsetFromContentType(header)).toBe(expected);
  });

  it('finds a meta charset anywhere in the head, and only there', () => {
    expect(sniffMetaCharset(latin1('<head><meta charset=koi8-r></head>'))).toBe('koi8-r');
    const longScript = `<script>${'var x = 1;\n'.repeat(600)}</script>`;
    expect(sniffMetaCharset(latin1(`<html><head>${longScript}<meta charset="windows-1251"></head><body></body>`))).toBe('windows-1251');
    expect(sniffMetaCharset(latin1('<html><head></head><body><meta charset="windows-1251"></body>'))).toBeNull();
    expect(sniffMetaCharset(latin1(`${' '.repeat(70000)}<meta charset=koi8-r>`))).toBeNull();
  });
});

describe('assertText', () => {
  it.each([
    ['NUL bytes', new Uint8Array([0x41, 0x00, 0x42])],
    ['a PDF', latin1('%PDF-1.7 ...')],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d])],
  ])('refuses %s', (_, bytes) => {
    expect(() => assertText(bytes, 'x.html')).toThrow(/x\.html/);
  });
  it('accepts UTF-16 with a BOM despite its NUL bytes', () => {
    expect(() => assertText(new Uint8Array([0xff, 0xfe, 0x41, 0x00]), 'x.txt')).not.toThrow();
  });
});

describe('Unicode encodings beyond the WHATWG set (issue 15)', () => {
  const story = 'The council met on Monday. “We approved it,” the mayor said — café.';
  const utf16be = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf16le').swap16());
  const utf32 = (s: string, littleEndian: boolean, bom = true): Uint8Array => {
    const points = [...(bom ? '\ufeff' : '') + s].map((c) => c.codePointAt(0)!);
    const bytes = new Uint8Array(points.length * 4);
    points.forEach((point, i) => new DataView(bytes.buffer).setUint32(i * 4, point, littleEndian));
    return bytes;
  };
  const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s));
  const withByte = (before: string, byte: number[], after: string): Uint8Array => new Uint8Array([...Buffer.from(before), ...byte, ...Buffer.from(after)]);
  const padding = 'x'.repeat(1200);

  const cases: Array<{ name: string; bytes: Uint8Array; hints?: Parameters<typeof decodeBytes>[1]; text: string | null; encoding: string; source: string; warning?: RegExp }> = [
    { name: 'UTF-16LE without a BOM, by its NUL bytes', bytes: new Uint8Array(Buffer.from(story, 'utf16le')), text: story, encoding: 'utf-16le', source: 'sniffed' },
    { name: 'UTF-16BE without a BOM, by its NUL bytes', bytes: utf16be(story), text: story, encoding: 'utf-16be', source: 'sniffed' },
    { name: 'UTF-16LE without a BOM, named by --encoding', bytes: new Uint8Array(Buffer.from(story, 'utf16le')), hints: { override: 'utf-16le' }, text: story, encoding: 'utf-16le', source: 'option' },
    { name: 'UTF-32LE with its BOM', bytes: utf32(story, true), text: story, encoding: 'utf-32le', source: 'bom' },
    { name: 'UTF-32BE with its BOM', bytes: utf32(story, false), text: story, encoding: 'utf-32be', source: 'bom' },
    { name: 'UTF-32 outside the BMP', bytes: utf32('Rain 🌧 today.', true), text: 'Rain 🌧 today.', encoding: 'utf-32le', source: 'bom' },
    { name: '--encoding utf-32 without a BOM: the byte order from the NULs', bytes: utf32(story, false, false), hints: { override: 'UTF-32' }, text: story, encoding: 'utf-32be', source: 'option' },
    { name: '--encoding utf-32le', bytes: utf32(story, true, false), hints: { override: 'utf32le' }, text: story, encoding: 'utf-32le', source: 'option' },
    {
      name: 'UTF-32 with a surrogate and a cut-off unit: replaced, with a warning',
      bytes: new Uint8Array([...utf32('ab', true), 0x00, 0xd8, 0x00, 0x00, 0x63, 0x00]),
      text: 'ab\ufffd\ufffd', encoding: 'utf-32le', source: 'bom', warning: /^6 bytes were not valid UTF-32 and were replaced by U\+FFFD\.$/,
    },
    { name: 'one bad byte in UTF-8: still UTF-8, with a warning', bytes: withByte(story, [0xff], story), text: `${story}\ufffd${story}`, encoding: 'utf-8', source: 'utf-8', warning: /^1 byte was not valid UTF-8/ },
    { name: 'a cut-off character at the end: its two bytes replaced', bytes: withByte(story, [0xe2, 0x80], ''), text: `${story}\ufffd`, encoding: 'utf-8', source: 'utf-8', warning: /^2 bytes were not valid UTF-8/ },
    {
      name: 'damaged UTF-8 beats a wrong legacy declaration',
      bytes: withByte(`<meta charset="windows-1251">${story}`, [0xc0], story),
      text: `<meta charset="windows-1251">${story}\ufffd${story}`, encoding: 'utf-8', source: 'utf-8', warning: /1 byte/,
    },
    { name: 'windows-1252 with one accented letter stays windows-1252 (no UTF-8 multi-byte character in it)', bytes: latin1('The caf\u00e9 opened.'), text: 'The café opened.', encoding: 'windows-1252', source: 'fallback' },
    { name: 'windows-1252 with several: windows-1252', bytes: latin1(`\u0093Caf\u00e9,\u0094 she said. ${padding}`), text: `“Café,” she said. ${padding}`, encoding: 'windows-1252', source: 'fallback' },
    {
      name: 'more bad bytes than 1 per 1000: not UTF-8',
      bytes: withByte(`${story}`, [0xe9, 0x20, 0xe9], `${story}${story}`),
      // 12 intact multi-byte characters, but 2 bad bytes in 230: the text is read as windows-1252 (mojibake and all).
      text: null,
      encoding: 'windows-1252', source: 'fallback',
    },
    {
      name: 'a UTF-8 declaration is believed however damaged',
      bytes: withByte('<meta charset="utf-8">x', [0xe9, 0x20, 0xe9], 'y'),
      text: '<meta charset="utf-8">x\ufffd \ufffdy', encoding: 'utf-8', source: 'meta', warning: /^2 bytes were not valid UTF-8/,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const decoded = decodeBytes(c.bytes, c.hints);
      expect({ encoding: decoded.encoding, source: decoded.source }).toEqual({ encoding: c.encoding, source: c.source });
      if (c.text !== null) expect(decoded.text).toBe(c.text);
      if (c.warning) {
        expect(decoded.warnings).toHaveLength(1);
        expect(decoded.warnings[0]).toMatch(c.warning);
      } else expect(decoded.warnings).toEqual([]);
    });
  }

  it.each([
    ['utf-32', 'utf-32'],
    ['UTF-32LE', 'utf-32le'],
    ['utf32be', 'utf-32be'],
    ['ucs-4', 'utf-32'],
    ['utf-16', 'utf-16le'],
    ['utf-33', null],
  ])('normalizeEncodingLabel(%s) = %s', (label, name) => {
    expect(normalizeEncodingLabel(label)).toBe(name);
  });

  it.each([
    ['valid UTF-8', utf8(story), { invalidSequences: 0, invalidBytes: 0, validMultibyte: 4 }],
    ['a stray continuation byte', new Uint8Array([0x61, 0x80, 0x62]), { invalidSequences: 1, invalidBytes: 1, validMultibyte: 0 }],
    ['a lead byte cut by ASCII (the ASCII byte is read again)', new Uint8Array([0xe2, 0x80, 0x61]), { invalidSequences: 1, invalidBytes: 2, validMultibyte: 0 }],
    ['an overlong form', new Uint8Array([0xc0, 0xaf]), { invalidSequences: 2, invalidBytes: 2, validMultibyte: 0 }],
    ['an encoded surrogate', new Uint8Array([0xed, 0xa0, 0x80]), { invalidSequences: 3, invalidBytes: 3, validMultibyte: 0 }],
    ['past U+10FFFF', new Uint8Array([0xf4, 0x90, 0x80, 0x80]), { invalidSequences: 4, invalidBytes: 4, validMultibyte: 0 }],
    ['a four-byte character', utf8('🌧'), { invalidSequences: 0, invalidBytes: 0, validMultibyte: 1 }],
  ])('utf8Damage: %s', (_, bytes, damage) => {
    expect(utf8Damage(bytes)).toEqual(damage);
    // As many sequences as the standard decoder writes U+FFFD.
    expect([...new TextDecoder().decode(bytes)].filter((c) => c === '\ufffd')).toHaveLength(damage.invalidSequences);
  });

  it.each([
    ['an odd number of bytes', new Uint8Array([0x41, 0x00, 0x42])],
    ['NULs in both columns (binary)', new Uint8Array([0x41, 0x00, 0x00, 0x42, 0x43, 0x00, 0x00, 0x44])],
    ['control characters once decoded', new Uint8Array([0x01, 0x00, 0x02, 0x00, 0x41, 0x00, 0x03, 0x00])],
    ['too few NULs', latin1('The council\u0000met on Monday.')],
    ['too short to tell', new Uint8Array([0x3c, 0x70, 0x3e, 0x00, 0x01, 0x02])],
    ['C1 controls once decoded', new Uint8Array([0x85, 0x00, 0x41, 0x00, 0x9b, 0x00, 0x42, 0x00])],
  ])('sniffUtf16 refuses %s', (_, bytes) => {
    expect(sniffUtf16(bytes)).toBeNull();
  });

  it('assertText accepts UTF-16 without a BOM, NUL bytes under --encoding utf-16 or utf-32, and a UTF-32 BOM', () => {
    expect(() => assertText(new Uint8Array(Buffer.from(story, 'utf16le')), 'x.txt')).not.toThrow();
    expect(() => assertText(new Uint8Array([0x41, 0x00, 0x42]), 'x.txt', 'utf-16le')).not.toThrow();
    expect(() => assertText(utf32(story, false, false), 'x.txt', 'utf-32')).not.toThrow();
    expect(() => assertText(utf32(story, true), 'x.txt')).not.toThrow();
    expect(() => assertText(new Uint8Array([0x41, 0x00, 0x42]), 'x.txt', 'windows-1252')).toThrow(/looks binary/);
  });
});

import { describe, expect, it } from 'vitest';
import { decodeBytes, sniffMetaCharset, charsetFromContentType, assertText } from '../src/input/decode.js';
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

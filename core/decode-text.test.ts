import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeTextBytes } from './decode-text.ts';
import { encodeGbk } from './gb18030.test-support.ts';

const text = '项目支出绩效自评表\n项目名称\t乡村道路养护\n年度资金总额\t120.50\t≥95%';
describe('decodeTextBytes', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(text)],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])],
    ['UTF-16LE with BOM', new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))])],
    ['GBK (Notepad "ANSI" on a Chinese Windows)', encodeGbk(text)],
  ])('reads %s', (_, bytes) => {
    expect(decodeTextBytes(bytes)).toBe(text);
  });

  it('reads any UTF-8 text as UTF-8', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (value) => decodeTextBytes(new TextEncoder().encode(value)) === value.replace(/^\ufeff/, '')));
  });

  it('gives replacement marks, not an error, for bytes that are neither', () => {
    expect(decodeTextBytes(new Uint8Array([0x41, 0xff, 0x42]))).toContain('A');
  });
});

import { describe, expect, it } from 'vitest';
import { asciiBytes, AsciiWriter } from './ascii-writer.ts';

describe('AsciiWriter', () => {
  it('writes numbers as String() does, whole ones digit by digit', () => {
    const values = [0, 7, 10, 99, 100, 2025, 1234567, 2 ** 31, Number.MAX_SAFE_INTEGER, -0, -3, 98.5, 0.1 + 0.2, 1e21, 1e-7];
    for (const value of values) {
      const writer = new AsciiWriter(1);
      writer.number(value);
      expect(writer.toBuffer().toString('latin1'), String(value)).toBe(String(value));
    }
  });

  it('grows past its first capacity and keeps what it wrote', () => {
    const writer = new AsciiWriter(1);
    const expected: string[] = [];
    for (let index = 0; index < 500; index += 1) {
      writer.raw(asciiBytes('<c r="A'));
      writer.number(index);
      writer.text('"/>');
      expected.push(`<c r="A${index}"/>`);
    }
    expect(writer.toBuffer().toString('latin1')).toBe(expected.join(''));
  });
});

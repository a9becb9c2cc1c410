import { describe, expect, it } from 'vitest';
import { trimBoth, trimTrailing } from './trim-characters.ts';

describe('trimTrailing', () => {
  it.each([
    ['完成。', '。', '完成'],
    ['完成。.;', '。.;', '完成'],
    ['....x.', '.', '....x'],
    ['...', '.', ''],
    ['', '.', ''],
    ['完成', '。', '完成'],
  ])('trims "%s" of "%s" to "%s"', (text, characters, expected) => {
    expect(trimTrailing(text, characters)).toBe(expected);
  });

  it('trims whitespace only when asked', () => {
    expect(trimTrailing('名称；  ', '；')).toBe('名称；  ');
    expect(trimTrailing('名称；\u3000 ', '；', { isWhitespaceTrimmed: true })).toBe('名称');
  });
});

describe('trimBoth', () => {
  it('trims both ends and keeps the middle', () => {
    expect(trimBoth(' ：湘潭县：公安局 ：', ':：', { isWhitespaceTrimmed: true })).toBe('湘潭县：公安局');
  });
});

import { describe, expect, it } from 'vitest';
import { readChineseNumber } from './chinese-numerals.ts';

describe('readChineseNumber', () => {
  it.each([
    ['一', 1],
    ['〇', 0],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['九十八', 98],
    ['百', 100],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
    ['九百九十九', 999],
  ])('reads %s as %d', (text, value) => {
    expect(readChineseNumber(text)).toBe(value);
  });

  it.each(['', '一二', '十十', '十百', '零十', '十一十', '千', '九a'])('reads %j as no number', (text) => {
    expect(readChineseNumber(text)).toBeNull();
  });
});

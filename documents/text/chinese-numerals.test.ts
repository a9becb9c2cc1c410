import { describe, expect, it } from 'vitest';
import { readChineseDecimal, readChineseFigure, readChineseNumber, readChineseWholeNumber } from './chinese-numerals.ts';

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

describe('readChineseWholeNumber', () => {
  it.each([
    ['壹佰贰拾万', 1_200_000],
    ['贰拾万零叁佰', 200_300],
    ['壹拾玖万捌仟陆佰伍拾', 198_650],
    ['一百二十万', 1_200_000],
    ['叁仟', 3000],
    ['三千零五十', 3050],
    ['十万', 100_000],
    ['壹亿贰仟万', 120_000_000],
    ['一亿零五百万', 105_000_000],
    ['玖', 9],
  ])('reads %s as %d', (text, value) => {
    expect(readChineseWholeNumber(text)).toBe(value);
  });

  it.each(['', '万', '壹贰万', '拾拾万', '零万', '一万二万', '一千一千'])('reads %j as no number', (text) => {
    expect(readChineseWholeNumber(text)).toBeNull();
  });
});

describe('readChineseDecimal', () => {
  it.each([
    ['九十二', '92'],
    ['九十五点五', '95.5'],
    ['一百', '100'],
    ['八十七点零五', '87.05'],
    ['两', '2'],
  ])('reads %s as %s', (text, value) => {
    expect(readChineseDecimal(text)).toBe(value);
  });

  it.each(['八八', '九十点', '九十点五点五', '点五', '九十点十'])('reads %j as no number', (text) => {
    expect(readChineseDecimal(text)).toBeNull();
  });
});

describe('readChineseFigure', () => {
  it.each([
    ['一百二十万', '1200000'],
    ['三十五点六', '35.6'],
    ['一百一十八点五', '118.5'],
    ['八十六万四千', '864000'],
    ['一亿二千万', '120000000'],
    ['一千二百三十四点零五', '1234.05'],
  ])('reads %s as %s', (text, value) => {
    expect(readChineseFigure(text)).toBe(value);
  });

  it.each(['', '两三万', '一二十', '三点', '三点五点六', '十几'])('reads %j as no figure', (text) => {
    expect(readChineseFigure(text)).toBeNull();
  });
});

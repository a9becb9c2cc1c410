import { describe, expect, it } from 'vitest';
import { findWordAt, findWordsAt } from './word-at.ts';

const words = ['社会效益指标', '效益指标', '效益', '产出指标', '产出'];

describe('findWordAt', () => {
  it.each([
    ['产出指标数量指标', 0, '产出指标'],
    ['提升社会效益指标', 2, '社会效益指标'],
    ['提升社会效益指标', 4, '效益指标'],
    ['效益', 0, '效益'],
    ['效', 0, undefined],
    ['产出指标', 4, undefined],
    ['数量指标', 0, undefined],
  ] as const)('finds in %s at %i the first word of the list written there: %s', (text, at, word) => {
    expect(findWordAt(text, at, words)).toBe(word);
  });

  it('keeps the list order, so a list sorted shortest first gives the shortest word', () => {
    expect(findWordAt('效益指标', 0, ['效益', '效益指标'])).toBe('效益');
  });

  it('finds an empty word everywhere, as startsWith does', () => {
    expect(findWordAt('甲', 1, ['乙', ''])).toBe('');
  });
});

describe('findWordsAt', () => {
  it('gives every word of the list written at the position, in the list order', () => {
    expect(findWordsAt('效益指标好', 0, words)).toEqual(['效益指标', '效益']);
    expect(findWordsAt('好', 0, words)).toEqual([]);
  });
});

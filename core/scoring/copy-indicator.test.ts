import { describe, expect, it } from 'vitest';
import type { Indicator } from '../model.ts';
import { copyWithSuggestedScore } from './copy-indicator.ts';
import { numericValue } from './testing.ts';

const target = numericValue('10', { operator: '>=' });
const shapes: Array<[string, Indicator]> = [
  [
    'a self-evaluation row with its line',
    {
      level1: '产出指标',
      level2: '数量指标',
      name: 'A',
      target,
      actual: target,
      weight: '2',
      score: '1',
      deviation: null,
      line: 3,
    },
  ],
  [
    'a self-evaluation row without a line',
    {
      level1: '产出指标',
      level2: '数量指标',
      name: 'A',
      target,
      actual: target,
      weight: '2',
      score: '1',
      deviation: null,
    },
  ],
  ['a target-table row', { level1: '产出指标', level2: '数量指标', name: 'A', target, line: 7 }],
  [
    'a row already scored',
    { level1: '产出指标', level2: '', name: 'A', target, weight: '2', suggestedScore: '1', line: 1 },
  ],
  ['a row in another key order', { name: 'A', level1: '产出指标', level2: '', target }],
  [
    'a row with a key present but undefined',
    {
      level1: '产出指标',
      level2: '',
      name: 'A',
      target,
      actual: undefined,
      weight: '2',
      score: null,
      deviation: null,
      line: 2,
    },
  ],
];

describe('copyWithSuggestedScore', () => {
  it.each(shapes)('copies %s exactly as a spread would, keys in the same order', (_, indicator) => {
    const copy = copyWithSuggestedScore(indicator, '1.5');
    const spread = { ...indicator, suggestedScore: '1.5' };
    expect(Object.keys(copy)).toEqual(Object.keys(spread));
    expect(copy).toStrictEqual(spread);
    expect(copy).not.toBe(indicator);
  });

  it.each(shapes)('gives %s itself once it has that suggested score (what the spread gives, key for key)', (_, indicator) => {
    const scored = copyWithSuggestedScore(indicator, '1.5');
    const again = copyWithSuggestedScore(scored, '1.5');
    expect(again).toBe(scored);
    expect(Object.keys(again)).toEqual(Object.keys({ ...scored, suggestedScore: '1.5' }));
    expect(again).toStrictEqual({ ...scored, suggestedScore: '1.5' });
    const rescored = copyWithSuggestedScore(scored, '2');
    expect(rescored).not.toBe(scored);
    expect(rescored).toStrictEqual({ ...scored, suggestedScore: '2' });
  });

  it('copies a row without a suggested score even when the score is null', () => {
    const [, indicator] = shapes[1] as [string, Indicator];
    expect(copyWithSuggestedScore(indicator, null)).not.toBe(indicator);
    expect(copyWithSuggestedScore({ ...indicator, suggestedScore: undefined }, null)).toStrictEqual({ ...indicator, suggestedScore: null });
  });

  it('leaves the input unchanged', () => {
    const [, indicator] = shapes[0] as [string, Indicator];
    copyWithSuggestedScore(indicator, null);
    expect('suggestedScore' in indicator).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultScoringPolicy as policy } from './policy.ts';
import { scoreIndicator } from './score-indicator.ts';
import { buildIndicator, changeValue, numericValue } from './testing.ts';

describe('change values (下降/上升)', () => {
  function suggestChange(
    target: ReturnType<typeof changeValue>,
    actual: ReturnType<typeof changeValue>,
    score: string | null = null,
  ) {
    return scoreIndicator({
      indicator: buildIndicator({ name: '发案率与上年比较', target, actual, weight: '4', score }),
      policy,
    });
  }

  it('gives full weight when the decrease is larger than asked (下降15% vs 下降18.94%)', () => {
    expect(
      suggestChange(changeValue('decrease', '15'), changeValue('decrease', '18.94')).suggestedScore,
    ).toBe('4');
  });

  it('scores a smaller decrease in proportion (下降15% vs 下降12%)', () => {
    expect(suggestChange(changeValue('decrease', '15'), changeValue('decrease', '12')).suggestedScore).toBe(
      '3.2',
    );
  });

  it('treats a capped increase as 反向 (上升不超过5% vs 上升6%)', () => {
    expect(
      suggestChange(changeValue('increase', '5', '<='), changeValue('increase', '6')).suggestedScore,
    ).toBe('3.2');
  });

  it('gives full weight when a target without a number (下降) is met in its direction', () => {
    expect(suggestChange(changeValue('decrease', null), changeValue('decrease', '3')).suggestedScore).toBe(
      '4',
    );
  });

  it('puts a change in the wrong direction (下降 vs 上升9.11%) in the 未达成 band, 0 without an entered score', () => {
    const result = suggestChange(changeValue('decrease', null), changeValue('increase', '9.11'));
    expect(result.suggestedScore).toBe('0');
    expect(result.attainment).toBe('not-met');
    expect(result.band).toEqual({ min: '0', max: '2.4', includesMin: true, includesMax: false });
  });

  it('keeps an entered score that lies inside the 未达成 band (sample 001: 2 of 4)', () => {
    expect(
      suggestChange(changeValue('decrease', null), changeValue('increase', '9.11'), '2').suggestedScore,
    ).toBe('2');
  });

  it('brings an entered score above the 未达成 band to just under the band edge', () => {
    expect(
      suggestChange(changeValue('decrease', null), changeValue('increase', '9.11'), '4').suggestedScore,
    ).toBe('2.39');
  });

  it('gives null when the actual says neither 上升 nor 下降', () => {
    expect(
      suggestChange(changeValue('decrease', '15'), { ...numericValue('18.94'), change: null }).suggestedScore,
    ).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { defaultScoringPolicy as policy } from './policy.ts';
import { scoreIndicator } from './score-indicator.ts';
import { buildIndicator, numericValue, wordingValue } from './testing.ts';

describe('定性 wording', () => {
  it.each([
    ['健全', '健全', '1', 'met'],
    ['保持', '连续17年保持', '12', 'met'],
    ['全市第一', '连续7年全市第一', '6', 'met'],
    ['是否及时', '是', '1', 'met'],
    ['健全', '不健全', '1', 'not-met'],
    ['健全', '基本健全', '1', 'partial'],
    ['不发生', '不发生', '1', 'met'],
    ['无重特大安全事故发生', '未发生', '1', 'met'],
    ['无重特大安全事故发生', '无', '1', 'met'],
    ['杜绝重大事故', '发生1起', '1', null],
    ['达成年度指标', '未达成', '1', 'not-met'],
  ])('target %s with actual %s (w=%s) is %s', (target, actual, weight, attainment) => {
    const indicator = buildIndicator({
      name: 'x',
      target: wordingValue(target),
      actual: wordingValue(actual),
      weight,
    });
    expect(scoreIndicator({ indicator, policy }).attainment).toBe(attainment);
  });

  it('gives full weight to an achieved qualitative target', () => {
    const indicator = buildIndicator({
      name: 'x',
      target: wordingValue('保持'),
      actual: wordingValue('保持'),
      weight: '10',
      score: '9',
    });
    expect(scoreIndicator({ indicator, policy }).suggestedScore).toBe('10');
  });

  it('gives null when the wording says nothing either way', () => {
    const indicator = buildIndicator({
      name: 'x',
      target: wordingValue('全市领先'),
      actual: wordingValue('见附件'),
      weight: '2',
    });
    expect(scoreIndicator({ indicator, policy }).suggestedScore).toBeNull();
  });

  it('reads the wording of an actual without a number against a numeric target', () => {
    const indicator = buildIndicator({
      name: 'x',
      target: numericValue('100', { unit: '%' }),
      actual: wordingValue('已完成'),
      weight: '2',
    });
    expect(scoreIndicator({ indicator, policy }).suggestedScore).toBe('2');
  });
});

describe('定性 scores inside the 部分达成 band', () => {
  const partly = {
    name: '机制',
    target: wordingValue('健全'),
    actual: wordingValue('基本健全'),
    weight: '10',
  };

  it('suggests the band’s lowest score when nothing is entered', () => {
    expect(scoreIndicator({ indicator: buildIndicator(partly), policy }).suggestedScore).toBe('6');
  });

  it('keeps an entered score inside the band', () => {
    expect(
      scoreIndicator({ indicator: buildIndicator({ ...partly, score: '7.5' }), policy }).suggestedScore,
    ).toBe('7.5');
  });

  it('moves an entered score above the band to just under 80%', () => {
    const result = scoreIndicator({ indicator: buildIndicator({ ...partly, score: '10' }), policy });
    expect(result.suggestedScore).toBe('7.99');
    expect(result.band).toEqual({ min: '6', max: '8', includesMin: true, includesMax: false });
  });
});

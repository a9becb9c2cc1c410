import { describe, expect, it } from 'vitest';
import { defaultScoringPolicy as policy } from './policy.ts';
import { scoreIndicator } from './score-indicator.ts';
import { buildIndicator, changeValue, numericValue, wordingValue } from './testing.ts';
import type { Operator } from '../model.ts';

function suggest(input: { operator: Operator | null; target: string; actual: string; weight: string; unit?: string | null }): string | null {
  const indicator = buildIndicator({
    name: '测试指标',
    target: numericValue(input.target, { operator: input.operator, unit: input.unit ?? null }),
    actual: numericValue(input.actual, { unit: input.unit ?? null }),
    weight: input.weight,
  });
  return scoreIndicator({ indicator, policy }).suggestedScore;
}

describe('正向 (≥): B ≥ A → w, else B/A × w', () => {
  it.each([
    ['10000', '9580', '2', '1.92'], // sample 001: DNA 采集数
    ['1500', '1466', '2', '1.95'], // sample 001: 培训人次
    ['80', '80', '4', '4'], // B = A
    ['80', '79.99', '4', '4'], // 3.9995 rounds half-up to 4
    ['80', '79.9', '4', '4'], // 3.995 rounds half-up to 4
    ['80', '79', '4', '3.95'], // just under A
    ['85', '100', '3', '3'], // above the target
    ['0', '0', '2', '2'], // A = 0: nothing to divide by, met
    ['8', '1', '3', '0.38'], // 0.375 rounds half-up
  ])('A=%s B=%s w=%s gives %s', (target, actual, weight, expected) => {
    expect(suggest({ operator: '>=', target, actual, weight })).toBe(expected);
  });

  it('scores a bare number as 正向 when the parser says so (10000份 vs 9580)', () => {
    expect(suggest({ operator: null, target: '10000', actual: '9580', weight: '2', unit: null })).toBe('1.92');
  });
});

describe('等于 (=): A = 0 → (B ≤ 0 ? w : 0), else as 正向', () => {
  it.each([
    ['0', '0', '2', '2'],
    ['0', '1', '2', '0'],
    ['0', '0.01', '2', '0'],
    ['100', '100', '2', '2'],
    ['100', '99', '2', '1.98'],
    ['100', '120', '2', '2'],
  ])('A=%s B=%s w=%s gives %s', (target, actual, weight, expected) => {
    expect(suggest({ operator: '=', target, actual, weight })).toBe(expected);
  });
});

describe('反向 (≤): B ≤ A → w; A < B < 2A → (1 − (B−A)/A) × w; B ≥ 2A → 0', () => {
  it.each([
    ['1', '0.9', '3', '3'], // sample 001: 违纪违法发生率 <1% vs 0.9%
    ['30', '30', '1', '1'], // B = A
    ['30', '30.01', '1', '1'], // just above A: 0.99967 → 1
    ['30', '33', '1', '0.9'],
    ['30', '45', '2', '1'], // halfway to 2A
    ['30', '59.99', '1', '0'], // 0.00033 → 0
    ['30', '60', '1', '0'], // B = 2A
    ['30', '90', '1', '0'], // beyond 2A
    ['0', '0', '2', '2'], // A = 0 met by 0
    ['0', '1', '2', '0'], // A = 0, anything above is 2A or more
  ])('A=%s B=%s w=%s gives %s', (target, actual, weight, expected) => {
    expect(suggest({ operator: '<=', target, actual, weight })).toBe(expected);
  });
});

describe('values the rules cannot score give null with a reason', () => {
  it('gives null without a weight', () => {
    const indicator = buildIndicator({ name: 'x', target: numericValue('10'), actual: numericValue('9') });
    const result = scoreIndicator({ indicator, policy });
    expect(result.suggestedScore).toBeNull();
    expect(result.reason).toContain('分值');
  });

  it('gives null without an actual value', () => {
    const indicator = buildIndicator({ name: 'x', target: numericValue('10'), weight: '2' });
    expect(scoreIndicator({ indicator, policy }).suggestedScore).toBeNull();
  });

  it('gives null when units cannot be compared (≥95分 vs 99.65%)', () => {
    const indicator = buildIndicator({
      name: '群众对户籍工作满意度',
      target: numericValue('95', { operator: '>=', unit: '分' }),
      actual: numericValue('99.65', { unit: '%' }),
      weight: '2',
    });
    const result = scoreIndicator({ indicator, policy });
    expect(result.suggestedScore).toBeNull();
    expect(result.reason).toContain('单位');
  });

  it('gives null for negative numbers', () => {
    const indicator = buildIndicator({ name: 'x', target: numericValue('-5'), actual: numericValue('3'), weight: '2' });
    expect(scoreIndicator({ indicator, policy }).suggestedScore).toBeNull();
  });
});

describe('change values (下降/上升)', () => {
  function suggestChange(target: ReturnType<typeof changeValue>, actual: ReturnType<typeof changeValue>, score: string | null = null) {
    return scoreIndicator({ indicator: buildIndicator({ name: '发案率与上年比较', target, actual, weight: '4', score }), policy });
  }

  it('gives full weight when the decrease is larger than asked (下降15% vs 下降18.94%)', () => {
    expect(suggestChange(changeValue('decrease', '15'), changeValue('decrease', '18.94')).suggestedScore).toBe('4');
  });

  it('scores a smaller decrease in proportion (下降15% vs 下降12%)', () => {
    expect(suggestChange(changeValue('decrease', '15'), changeValue('decrease', '12')).suggestedScore).toBe('3.2');
  });

  it('treats a capped increase as 反向 (上升不超过5% vs 上升6%)', () => {
    expect(suggestChange(changeValue('increase', '5', '<='), changeValue('increase', '6')).suggestedScore).toBe('3.2');
  });

  it('gives full weight when a target without a number (下降) is met in its direction', () => {
    expect(suggestChange(changeValue('decrease', null), changeValue('decrease', '3')).suggestedScore).toBe('4');
  });

  it('puts a change in the wrong direction (下降 vs 上升9.11%) in the 未达成 band, 0 without an entered score', () => {
    const result = suggestChange(changeValue('decrease', null), changeValue('increase', '9.11'));
    expect(result.suggestedScore).toBe('0');
    expect(result.attainment).toBe('not-met');
    expect(result.band).toEqual({ min: '0', max: '2.4', includesMin: true, includesMax: false });
  });

  it('keeps an entered score that lies inside the 未达成 band (sample 001: 2 of 4)', () => {
    expect(suggestChange(changeValue('decrease', null), changeValue('increase', '9.11'), '2').suggestedScore).toBe('2');
  });

  it('brings an entered score above the 未达成 band to just under the band edge', () => {
    expect(suggestChange(changeValue('decrease', null), changeValue('increase', '9.11'), '4').suggestedScore).toBe('2.39');
  });

  it('gives null when the actual says neither 上升 nor 下降', () => {
    expect(suggestChange(changeValue('decrease', '15'), { ...numericValue('18.94'), change: null }).suggestedScore).toBeNull();
  });
});

describe('定性 wording', () => {
  it.each([
    ['健全', '健全', '1', 'met'],
    ['保持', '连续17年保持', '12', 'met'],
    ['全市第一', '连续7年全市第一', '6', 'met'],
    ['是否及时', '是', '1', 'met'],
    ['健全', '不健全', '1', 'not-met'],
    ['健全', '基本健全', '1', 'partial'],
    ['不发生', '不发生', '1', 'met'],
    ['达成年度指标', '未达成', '1', 'not-met'],
  ])('target %s with actual %s (w=%s) is %s', (target, actual, weight, attainment) => {
    const indicator = buildIndicator({ name: 'x', target: wordingValue(target), actual: wordingValue(actual), weight });
    expect(scoreIndicator({ indicator, policy }).attainment).toBe(attainment);
  });

  it('gives full weight to an achieved qualitative target', () => {
    const indicator = buildIndicator({ name: 'x', target: wordingValue('保持'), actual: wordingValue('保持'), weight: '10', score: '9' });
    expect(scoreIndicator({ indicator, policy }).suggestedScore).toBe('10');
  });

  it('gives null when the wording says nothing either way', () => {
    const indicator = buildIndicator({ name: 'x', target: wordingValue('全市领先'), actual: wordingValue('见附件'), weight: '2' });
    expect(scoreIndicator({ indicator, policy }).suggestedScore).toBeNull();
  });

  it('reads the wording of an actual without a number against a numeric target', () => {
    const indicator = buildIndicator({ name: 'x', target: numericValue('100', { unit: '%' }), actual: wordingValue('已完成'), weight: '2' });
    expect(scoreIndicator({ indicator, policy }).suggestedScore).toBe('2');
  });
});

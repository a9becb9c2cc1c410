import { describe, expect, it } from 'vitest';
import { defaultScoringPolicy as policy } from './policy.ts';
import { scoreIndicator } from './score-indicator.ts';
import { buildIndicator, numericValue, wordingValue } from './testing.ts';

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
    const indicator = buildIndicator({
      name: 'x',
      target: numericValue('-5'),
      actual: numericValue('3'),
      weight: '2',
    });
    expect(scoreIndicator({ indicator, policy }).suggestedScore).toBeNull();
  });
});

describe('reasons', () => {
  it('say how a partial score was computed', () => {
    const indicator = buildIndicator({
      name: 'DNA',
      target: numericValue('10000', { unit: '份' }),
      actual: numericValue('9580'),
      weight: '2',
    });
    expect(scoreIndicator({ indicator, policy }).reason).toBe('正向指标：实际完成值/指标值×分值，得1.92分');
  });

  it('give the band of a qualitative result', () => {
    const indicator = buildIndicator({
      name: '机制',
      target: wordingValue('健全'),
      actual: wordingValue('健全'),
      weight: '1',
    });
    expect(scoreIndicator({ indicator, policy }).reason).toBe('达成年度指标，得满分（区间0.8–1分）');
  });

  it.each([
    ['an 等于 target of 0 exceeded', numericValue('0', { operator: '=', unit: '起' }), numericValue('2', { unit: '起' }), '等于指标：指标值为0而实际大于0，得0分'],
    ['a 反向 actual at twice the target', numericValue('1', { operator: '<=', unit: '%' }), numericValue('2', { unit: '%' }), '反向指标：实际完成值达到指标值的2倍及以上，得0分'],
  ])('state a zero score once, for %s', (_, target, actual, reason) => {
    const indicator = buildIndicator({ name: '事故', target, actual, weight: '3' });
    expect(scoreIndicator({ indicator, policy }).reason).toBe(reason);
  });
});

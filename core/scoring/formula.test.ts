import { describe, expect, it } from 'vitest';
import { parseIndicatorValue } from '../indicator-value/index.ts';
import { describeExecutionFormula, describeIndicatorFormula } from './formula.ts';
import { defaultScoringPolicy, mergePolicy } from './policy.ts';
import { buildIndicator } from './testing.ts';

const coefficientPolicy = mergePolicy(defaultScoringPolicy, { indicatorScoring: 'coefficient' });

function indicator(target: string, actual: string, extra: { scoreCoefficient?: string } = {}) {
  return buildIndicator({
    name: '测试指标',
    target: parseIndicatorValue(target),
    actual: parseIndicatorValue(actual),
    weight: '10',
    ...extra,
  });
}

describe('describeExecutionFormula', () => {
  it('names the weight times the rate', () => {
    expect(describeExecutionFormula(defaultScoringPolicy)).toBe('10 × 执行率');
    expect(describeExecutionFormula(mergePolicy(defaultScoringPolicy, { executionWeight: '20', executionCap: '20' }))).toBe('20 × 执行率');
    expect(describeExecutionFormula(mergePolicy(defaultScoringPolicy, { executionWeight: '20', executionCap: '18' }))).toBe('20 × 执行率，最高18分');
  });
});

describe('describeIndicatorFormula', () => {
  it.each([
    [indicator('≥100次', '96次'), defaultScoringPolicy, '完成值 96 ÷ 指标值 100 × 权重 10'],
    [indicator('≥100次', '100次'), defaultScoringPolicy, '完成值达到指标值 → 权重 10'],
    [indicator('≤5%', '6%'), defaultScoringPolicy, '(1 − (完成值 6 − 指标值 5) ÷ 指标值) × 权重 10'],
    [indicator('≤5%', '10%'), defaultScoringPolicy, '完成值达到指标值2倍及以上 → 0'],
    [indicator('≥100次', '96次', { scoreCoefficient: '95' }), coefficientPolicy, '得分系数 0.95 × 权重 10'],
    [indicator('≥100次', '96次', { scoreCoefficient: '0.95' }), coefficientPolicy, '得分系数 0.95 × 权重 10'],
    [indicator('≥100次', '96次', { scoreCoefficient: '95' }), defaultScoringPolicy, '完成值 96 ÷ 指标值 100 × 权重 10'],
  ])('explains %#', (row, policy, formula) => {
    expect(describeIndicatorFormula(row, policy)).toBe(formula);
  });

  it('gives no formula where the rules give no score', () => {
    expect(describeIndicatorFormula(buildIndicator({ name: '无值', weight: '10' }), defaultScoringPolicy)).toBeNull();
  });
});

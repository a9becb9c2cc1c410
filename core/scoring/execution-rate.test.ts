import { describe, expect, it } from 'vitest';
import { defaultScoringPolicy, mergePolicy } from './policy.ts';
import { scoreExecution } from './execution-rate.ts';

describe('scoreExecution: 执行率 = 全年执行数 / 全年预算数, score = 执行率 × 10, capped at 10', () => {
  it.each([
    ['8016.09', '8016.09', '100', '10'], // sample 001
    ['59.99', '100', '59.99', '6'], // 5.999 → 6.00
    ['60', '100', '60', '6'],
    ['80', '100', '80', '8'],
    ['90', '100', '90', '9'],
    ['0', '100', '0', '0'],
    ['110', '100', '110', '10'], // over-execution is capped
    ['1', '3', '33.33', '3.33'],
  ])('executed %s of %s gives rate %s and score %s', (executed, adjusted, rate, score) => {
    expect(scoreExecution({ executed, adjusted, weight: '10' }, defaultScoringPolicy)).toEqual({
      rate,
      score,
    });
  });

  it('uses the policy weight when the document states none', () => {
    expect(scoreExecution({ executed: '50', adjusted: '100' }, defaultScoringPolicy).score).toBe('5');
  });

  it('falls back to the total when no 全年预算数 column is given', () => {
    expect(scoreExecution({ executed: '50', total: '100' }, defaultScoringPolicy).rate).toBe('50');
  });

  it('divides by 年初预算数 when the region says so', () => {
    const policy = mergePolicy(defaultScoringPolicy, { executionRateDenominator: 'initial' });
    expect(scoreExecution({ initial: '5685.44', adjusted: '8016.09', executed: '5685.44' }, policy)).toEqual({
      rate: '100',
      score: '10',
    });
  });

  it('is not capped when the region sets no cap', () => {
    const policy = mergePolicy(defaultScoringPolicy, { executionCap: null });
    expect(scoreExecution({ executed: '110', adjusted: '100', weight: '10' }, policy).score).toBe('11');
  });

  it('gives null without a budget or with a zero budget', () => {
    expect(scoreExecution({ executed: '10' }, defaultScoringPolicy)).toEqual({ rate: null, score: null });
    expect(scoreExecution({ executed: '10', adjusted: '0' }, defaultScoringPolicy)).toEqual({
      rate: null,
      score: null,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { defaultScoringPolicy, mergePolicy } from './policy.ts';

describe('mergePolicy', () => {
  it('overrides one level weight and keeps the others', () => {
    const policy = mergePolicy(defaultScoringPolicy, { levelWeights: { 产出指标: '40', 成本指标: '10' } });
    expect(policy.levelWeights).toEqual({ 产出指标: '40', 效益指标: '30', 满意度指标: '10', 成本指标: '10' });
  });

  it('overrides one band and one grade edge and keeps the rest', () => {
    const policy = mergePolicy(defaultScoringPolicy, {
      qualitativeBands: { partial: { min: '50', max: '80' } },
      gradeEdges: { excellent: '85' },
    });
    expect(policy.qualitativeBands.achieved).toEqual({ min: '80', max: '100' });
    expect(policy.qualitativeBands.partial).toEqual({ min: '50', max: '80' });
    expect(policy.gradeEdges).toEqual({ excellent: '85', good: '80', fair: '60' });
  });

  it('does not change the base policy', () => {
    mergePolicy(defaultScoringPolicy, {
      levelWeights: { 产出指标: '40' },
      deviationDegree: { mode: 'explain', threshold: '1.3' },
    });
    expect(defaultScoringPolicy.levelWeights['产出指标']).toBe('50');
    expect(defaultScoringPolicy.deviationDegree).toEqual({ mode: 'none' });
  });
});

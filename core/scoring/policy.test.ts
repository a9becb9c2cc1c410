import { describe, expect, it } from 'vitest';
import { defaultScoringPolicy, mergePolicy } from './policy.ts';

describe('mergePolicy', () => {
  it('overrides one level weight and keeps the others', () => {
    const policy = mergePolicy(defaultScoringPolicy, { levelWeights: { output: '40', cost: '10' } });
    expect(policy.levelWeights).toEqual({ output: '40', outcome: '30', satisfaction: '10', cost: '10', decision: null, process: null, input: null, planning: null, execution: null });
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
      levelWeights: { output: '40' },
      deviationDegree: { mode: 'explain', threshold: '1.3' },
    });
    expect(defaultScoringPolicy.levelWeights.output).toBe('50');
    expect(defaultScoringPolicy.deviationDegree).toEqual({ mode: 'none' });
  });
});

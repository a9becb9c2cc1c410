import { describe, expect, it } from 'vitest';
import { sumDecimals } from '../decimal.ts';
import type { Goal, Indicator } from '../model.ts';
import { defaultScoringPolicy, mergePolicy } from './policy.ts';
import { proposeWeights } from './propose-weights.ts';

function row(level1: string, name: string, weight: string | null = null): Indicator {
  return { level1, level2: '', name, target: null, actual: null, weight, score: null, deviation: null };
}

function weightsOf(goals: readonly Goal[], level1: string): Array<string | null | undefined> {
  return goals.flatMap((goal) => goal.indicators.filter((item) => item.level1 === level1).map((item) => item.weight));
}

describe('proposeWeights', () => {
  it('splits each level weight evenly, exact to 0.01, the leftover cents to the first rows', () => {
    const goals: Goal[] = [
      { name: '目标一', indicators: [row('产出指标', 'a'), row('产出指标', 'b'), row('效益指标', 'c')] },
      { name: '目标二', indicators: [row('产出指标', 'd'), row('满意度指标', 'e'), row('效益指标', 'f'), row('效益指标', 'g')] },
    ];
    const { goals: proposed, proposedCount } = proposeWeights(goals, defaultScoringPolicy);
    expect(weightsOf(proposed, '产出指标')).toEqual(['16.67', '16.67', '16.66']);
    expect(weightsOf(proposed, '效益指标')).toEqual(['10', '10', '10']);
    expect(weightsOf(proposed, '满意度指标')).toEqual(['10']);
    expect(proposedCount).toBe(7);
  });

  it.each([1, 3, 6, 7, 11, 13, 29])('makes %i output indicators add up to exactly 50', (count) => {
    const goals: Goal[] = [{ name: '', indicators: Array.from({ length: count }, (_, index) => row('产出指标', String(index))) }];
    const weights = weightsOf(proposeWeights(goals, defaultScoringPolicy).goals, '产出指标');
    expect(sumDecimals(weights).toFixed(2)).toBe('50.00');
  });

  it('keeps the weights the targets give and shares only what is left of the level', () => {
    const goals: Goal[] = [{ name: '', indicators: [row('产出指标', 'a', '20'), row('产出指标', 'b'), row('产出指标', 'c')] }];
    expect(weightsOf(proposeWeights(goals, defaultScoringPolicy).goals, '产出指标')).toEqual(['20', '15', '15']);
  });

  it('proposes nothing when the given weights already use the whole level', () => {
    const goals: Goal[] = [{ name: '', indicators: [row('满意度指标', 'a', '10'), row('满意度指标', 'b')] }];
    const result = proposeWeights(goals, defaultScoringPolicy);
    expect(weightsOf(result.goals, '满意度指标')).toEqual(['10', null]);
    expect(result.proposedCount).toBe(0);
  });

  it('follows the level heading and the region, and leaves a level without a weight (成本) empty', () => {
    const regional = mergePolicy(defaultScoringPolicy, { levelWeights: { outcome: '40' } });
    const goals: Goal[] = [
      { name: '', indicators: [row('产出指标（60分）', 'a'), row('产出指标（60分）', 'b'), row('效益指标', 'c'), row('成本指标', 'd')] },
    ];
    const proposed = proposeWeights(goals, regional).goals;
    expect(proposed[0]!.indicators.map((item) => item.weight)).toEqual(['30', '30', '40', null]);
  });
});

import { describe, expect, it } from 'vitest';
import { sumDecimals } from '../../../core/decimal.ts';
import { canonicalLevel1 } from '../../../core/checks/finding.ts';
import type { PerformanceDocument } from '../../../core/model.ts';
import { defaultScoringPolicy } from '../../../core/scoring/index.ts';
import { buildSampleTargetTable } from '../../../documents/print/sample-documents.ts';
import { buildSelfEvaluation } from './create-self-evaluation-from-targets.ts';

function weightSum(document: PerformanceDocument, level: string): string {
  const weights = document.goals.flatMap((goal) =>
    goal.indicators
      .filter((indicator) => canonicalLevel1(indicator.level1) === level)
      .map((indicator) => indicator.weight),
  );
  return sumDecimals(weights).toFixed(2);
}

describe('buildSelfEvaluation from approved targets', () => {
  it('proposes every missing 分值 from the level weights, each level adding up to 50 / 30 / 10', () => {
    const targets = buildSampleTargetTable();
    targets.goals = targets.goals.map((goal) => ({
      ...goal,
      indicators: goal.indicators.map((indicator) => ({ ...indicator, weight: null })),
    }));
    const { document, proposedCount } = buildSelfEvaluation(targets);
    const indicators = document.goals.flatMap((goal) => goal.indicators);
    expect(indicators.every((indicator) => /^\d+(\.\d{1,2})?$/.test(indicator.weight ?? ''))).toBe(true);
    expect(proposedCount).toBe(indicators.length);
    expect(weightSum(document, '产出指标')).toBe('50.00');
    expect(weightSum(document, '效益指标')).toBe('30.00');
    expect(weightSum(document, '满意度指标')).toBe('10.00');
    expect(document.budget.weight).toBe(defaultScoringPolicy.executionWeight);
  });

  it('keeps the weights the targets carry', () => {
    const targets = buildSampleTargetTable();
    targets.goals = targets.goals.map((goal) => ({
      ...goal,
      indicators: goal.indicators.map((indicator, index) => ({ ...indicator, weight: String(index + 1) })),
    }));
    const { document, proposedCount } = buildSelfEvaluation(targets);
    expect(proposedCount).toBe(0);
    expect(document.goals.map((goal) => goal.indicators.map((indicator) => indicator.weight))).toEqual(
      targets.goals.map((goal) => goal.indicators.map((indicator) => indicator.weight)),
    );
  });
});

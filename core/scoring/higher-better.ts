/**
 * 正向 (≥, more is better), 财预〔2020〕10号: B ≥ A → w; otherwise B / A × w, rounded half-up.
 * A target of 0 is met by any non-negative actual (there is nothing to divide by).
 */
import { compareScaled, roundRatio, scaledToUnits, type Scaled } from './scaled.ts';
import type { RuleOutcome } from './outcome.ts';

export interface NumericRuleInput {
  /** A: 指标值 (non-negative). */
  target: Scaled;
  /** B: 实际完成值 (non-negative). */
  actual: Scaled;
  /** w: 分值. */
  weight: Scaled;
  places: number;
}

/** w rounded to the policy's places, as units. */
export function toWeightUnits(weight: Scaled, places: number): number | null {
  return scaledToUnits(weight, places);
}

/** Scores a 正向 indicator: full weight once B reaches A, else in proportion B / A. */
export function scoreHigherBetter(input: NumericRuleInput): RuleOutcome {
  const { target, actual, weight, places } = input;
  const weightUnits = toWeightUnits(weight, places);
  if (target.units === 0 || compareScaled(actual, target) >= 0) {
    return {
      units: weightUnits,
      attainment: 'met',
      rule: 'higher-better',
      reason: '正向指标：实际完成值达到指标值，得满分',
    };
  }
  const units = roundRatio({ numerator: actual, denominator: target, factor: weight, places });
  return {
    units,
    attainment: units === 0 ? 'not-met' : 'partial',
    rule: 'higher-better',
    reason: units === null ? '数值过大，无法计算' : '正向指标：实际完成值/指标值×分值',
  };
}

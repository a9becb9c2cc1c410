/**
 * 反向 (≤, less is better: 发生率, 事故率, 时间, 成本), 财预〔2020〕10号:
 * B ≤ A → w; A < B < 2A → (1 − (B − A) / A) × w = (2A − B) / A × w; B ≥ 2A → 0.
 */
import { combineScaled, compareScaled, roundRatio } from './scaled.ts';
import { toWeightUnits, type NumericRuleInput } from './higher-better.ts';
import type { RuleOutcome } from './outcome.ts';

/** Scores a 反向 indicator: full weight up to A, falling linearly to 0 at 2A. */
export function scoreLowerBetter(input: NumericRuleInput): RuleOutcome {
  const { target, actual, weight, places } = input;
  if (compareScaled(actual, target) <= 0) {
    return {
      units: toWeightUnits(weight, places),
      attainment: 'met',
      rule: 'lower-better',
      reason: '反向指标：实际完成值不高于指标值，得满分',
    };
  }
  const twiceTargetLessActual = combineScaled({ a: target, coefficientA: 2, b: actual, coefficientB: -1 });
  if (target.units === 0 || (twiceTargetLessActual !== null && twiceTargetLessActual.units <= 0)) {
    return {
      units: 0,
      attainment: 'not-met',
      rule: 'lower-better',
      reason: '反向指标：实际完成值达到指标值的2倍及以上',
    };
  }
  const units =
    twiceTargetLessActual === null
      ? null
      : roundRatio({ numerator: twiceTargetLessActual, denominator: target, factor: weight, places });
  return {
    units,
    attainment: units === 0 ? 'not-met' : 'partial',
    rule: 'lower-better',
    reason: units === null ? '数值过大，无法计算' : '反向指标：(1−(实际完成值−指标值)/指标值)×分值',
  };
}

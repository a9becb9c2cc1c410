/**
 * 得分系数 × 指标权重 (Chongqing-style self-evaluation tables, docs/rule-packs/chongqing-coefficient.md):
 * the unit states a coefficient per indicator and the score is coefficient × 分值. A coefficient
 * written above 1 is a percentage (得分系数(%) columns: 95 → 0.95); one above 100% scores the full
 * weight, never more. A negative coefficient is refused (the rules then score the row).
 */
import type { RuleOutcome } from './outcome.ts';
import { compareScaled, integerScaled, roundRatio, toScaled, type Scaled } from './scaled.ts';

const ONE = integerScaled(1);
const HUNDRED = integerScaled(100);

/** The coefficient as a fraction of 1 (95 → 0.95 as { 95, over 100 }), or null when unreadable or negative. */
export function readCoefficient(text: string | null | undefined): { value: Scaled; divisor: Scaled } | null {
  const value = toScaled(text);
  if (!value || value.units < 0) return null;
  return { value, divisor: compareScaled(value, ONE) > 0 ? HUNDRED : ONE };
}

/** Scores one indicator as 得分系数 × 分值, capped at 分值; null when the row has no usable coefficient. */
export function scoreByCoefficient(input: {
  coefficient: string | null | undefined;
  weight: Scaled;
  places: number;
}): RuleOutcome | null {
  const coefficient = readCoefficient(input.coefficient);
  if (!coefficient) return null;
  const { weight, places } = input;
  const isFull = compareScaled(coefficient.value, coefficient.divisor) >= 0;
  const numerator = isFull ? coefficient.divisor : coefficient.value;
  const units = roundRatio({ numerator, denominator: coefficient.divisor, factor: weight, places });
  return {
    units,
    attainment: isFull ? 'met' : units === 0 ? 'not-met' : 'partial',
    rule: 'coefficient',
    reason: units === null ? '数值过大，无法计算' : '得分系数×分值',
  };
}

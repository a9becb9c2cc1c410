/**
 * 等于 (=), 财预〔2020〕10号: A = 0 → full weight when B ≤ 0, else 0 (a "zero incidents" target
 * is met only by zero); any other A is scored as 正向.
 */
import { scoreHigherBetter, toWeightUnits, type NumericRuleInput } from './higher-better.ts';
import type { RuleOutcome } from './outcome.ts';

/** Scores an 等于 indicator. */
export function scoreEqual(input: NumericRuleInput): RuleOutcome {
  const { target, actual, weight, places } = input;
  if (target.units === 0) {
    const isMet = actual.units <= 0;
    return {
      units: isMet ? toWeightUnits(weight, places) : 0,
      attainment: isMet ? 'met' : 'not-met',
      rule: 'equal',
      reason: isMet ? '等于指标：指标值为0且实际为0，得满分' : '等于指标：指标值为0而实际大于0',
    };
  }
  const outcome = scoreHigherBetter(input);
  outcome.rule = 'equal';
  return outcome;
}

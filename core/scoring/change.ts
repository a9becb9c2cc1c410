/**
 * Change values (下降15%, 上升9.11%). DOMAIN.md gives no formula of its own, so: an actual
 * change in the target's direction is scored on the size of the change — as 正向 (a bigger
 * 下降 than asked is better) or, when the target caps the change (增长不超过5%, operator ≤ or <),
 * as 反向; a target without a number (下降) is met by any change in its direction; a change in
 * the opposite direction (下降 asked, 上升 9.11% reached) has not met the target and falls in
 * the 未达成 band.
 */
import type { IndicatorValue } from '../model.ts';
import type { ScoringPolicy } from './policy.ts';
import { toScaled, type Scaled } from './scaled.ts';
import { scoreHigherBetter, toWeightUnits } from './higher-better.ts';
import { scoreLowerBetter } from './lower-better.ts';
import { scoreBanded } from './qualitative.ts';
import { describeNotScored, type RuleOutcome } from './outcome.ts';

const CHANGE_NAMES = { increase: '上升', decrease: '下降' } as const;

/** Scores a target written as a change (下降/上升) against the actual change. */
export function scoreChange(input: {
  target: IndicatorValue;
  actual: IndicatorValue;
  weight: Scaled;
  enteredScore: string | null | undefined;
  policy: ScoringPolicy;
}): RuleOutcome {
  const { target, actual, weight, enteredScore, policy } = input;
  const places = policy.roundingPlaces;
  if (target.change === null) return describeNotScored('指标值不是升降幅度');
  if (actual.change === null) return describeNotScored('实际完成值未写明上升或下降，无法与指标值比较');
  if (actual.change !== target.change) {
    const outcome = scoreBanded({ attainment: 'not-met', weight, enteredScore, policy, rule: 'change' });
    return {
      ...outcome,
      reason: `指标要求${CHANGE_NAMES[target.change]}，实际为${CHANGE_NAMES[actual.change]}；${outcome.reason}`,
    };
  }
  const targetSize = toScaled(target.value);
  if (target.value === null) {
    return {
      units: toWeightUnits(weight, places),
      attainment: 'met',
      rule: 'change',
      reason: `指标要求${CHANGE_NAMES[target.change]}，实际已${CHANGE_NAMES[actual.change]}，得满分`,
    };
  }
  const actualSize = toScaled(actual.value);
  if (!targetSize || !actualSize || targetSize.units < 0 || actualSize.units < 0) {
    return describeNotScored('实际完成值未写明升降幅度，无法计算');
  }
  const isCapped = target.operator === '<=' || target.operator === '<';
  const numericInput = { target: targetSize, actual: actualSize, weight, places };
  const outcome = isCapped ? scoreLowerBetter(numericInput) : scoreHigherBetter(numericInput);
  outcome.rule = 'change';
  outcome.reason = `按${CHANGE_NAMES[target.change]}幅度计，${outcome.reason}`;
  return outcome;
}

/**
 * Picks the rule for one indicator (正向, 等于, 反向, 定性, change values) and applies it. The
 * rules work on the parsed 指标值 and 实际完成值 (a bare number is read in the other side's unit:
 * 10000份 vs 9580); when a value, the weight or comparable units are
 * missing the result is null with the reason — never a made-up number.
 */
import type { Indicator } from '../model.ts';
import { areUnitsComparable } from '../indicator-value/index.ts';
import { defaultScoringPolicy, type ScoringPolicy } from './policy.ts';
import { formatUnits, toScaled, type Scaled } from './scaled.ts';
import { memoizeByText } from '../memoize-by-text.ts';
import { scoreHigherBetter } from './higher-better.ts';
import { scoreEqual } from './equal.ts';
import { scoreLowerBetter } from './lower-better.ts';
import { classifyQualitative, scoreBanded } from './qualitative.ts';
import { scoreChange } from './change.ts';
import { scoreByCoefficient } from './coefficient.ts';
import { describeNotScored, type Attainment, type RuleOutcome, type ScoringRule } from './outcome.ts';

function scoreByWording(input: { indicator: Indicator; weight: Scaled; policy: ScoringPolicy }): RuleOutcome {
  const { indicator, weight, policy } = input;
  if (!indicator.target || !indicator.actual) return describeNotScored('缺少指标值或实际完成值');
  const attainment = classifyQualitative({ target: indicator.target, actual: indicator.actual });
  if (attainment === null) return describeNotScored('无法从实际完成值的文字判断是否达成，请人工评分');
  return scoreBanded({ attainment, weight, enteredScore: indicator.score, policy, rule: 'qualitative' });
}

/**
 * 分值 read once per text: a table repeats a few weights (2, 5, 10) over all its rows, and the
 * rules only read the value (a million rows, bench/analyse.bench.ts).
 */
const readWeight = memoizeByText(toScaled);

/** The outcome of the rules for one indicator, in score units (used by scoreDocument and the checks). */
export function evaluateIndicator(indicator: Indicator, policy: ScoringPolicy): RuleOutcome {
  const { target, actual } = indicator;
  const weight = indicator.weight == null ? null : readWeight(indicator.weight);
  if (!weight || weight.units < 0) return describeNotScored('未填分值，无法计分');
  if (policy.indicatorScoring === 'coefficient') {
    const byCoefficient = scoreByCoefficient({ coefficient: indicator.scoreCoefficient, weight, places: policy.roundingPlaces });
    if (byCoefficient) return byCoefficient;
  }
  if (!target || target.text.trim() === '') return describeNotScored('缺少指标值，无法计分');
  if (!actual || actual.text.trim() === '') return describeNotScored('缺少实际完成值，无法计分');
  const places = policy.roundingPlaces;
  if (target.change !== null)
    return scoreChange({ target, actual, weight, enteredScore: indicator.score, policy });
  if (target.direction === 'qualitative' || target.value === null || actual.value === null) {
    return scoreByWording({ indicator, weight, policy });
  }
  // Equal unit texts are always comparable; only different ones need canonicalizing.
  if (target.unit !== actual.unit && !areUnitsComparable(target, actual)) {
    return describeNotScored(`指标值单位“${target.unit}”与实际完成值单位“${actual.unit}”不一致，无法比较`);
  }
  const targetValue = toScaled(target.value);
  const actualValue = toScaled(actual.value);
  if (!targetValue || !actualValue) return describeNotScored('数值无法读取');
  if (targetValue.units < 0 || actualValue.units < 0)
    return describeNotScored('负数无法按比例计分，请人工评分');
  const numericInput = { target: targetValue, actual: actualValue, weight, places };
  switch (target.direction) {
    case 'higher-better':
      return scoreHigherBetter(numericInput);
    case 'lower-better':
      return scoreLowerBetter(numericInput);
    case 'equal':
      return scoreEqual(numericInput);
  }
}

export interface IndicatorScore {
  /** 得分 by the rules, rounded half-up; null when it cannot be computed. */
  suggestedScore: string | null;
  /** For banded results (定性): the scores the entered score must lie in. */
  band?: { min: string; max: string; includesMin: boolean; includesMax: boolean };
  /** Short Chinese explanation of how it was computed. */
  reason: string;
  attainment: Attainment | null;
  rule: ScoringRule;
}

/** Scores one indicator by the rules of `policy` (正向, 等于, 反向, 定性, change values). */
export function scoreIndicator(input: { indicator: Indicator; policy?: ScoringPolicy }): IndicatorScore {
  const policy = input.policy ?? defaultScoringPolicy;
  const outcome = evaluateIndicator(input.indicator, policy);
  const places = policy.roundingPlaces;
  const suggestedScore = outcome.units === null ? null : formatUnits(outcome.units, places);
  let reason = outcome.reason;
  if (suggestedScore !== null && outcome.attainment !== 'met') reason += `，得${suggestedScore}分`;
  if (outcome.band) {
    reason += `（区间${formatUnits(outcome.band.min, places)}–${formatUnits(outcome.band.max, places)}分）`;
  }
  const result: IndicatorScore = {
    suggestedScore,
    reason,
    attainment: outcome.attainment,
    rule: outcome.rule,
  };
  if (outcome.band) {
    const { min, max, includesMin, includesMax } = outcome.band;
    result.band = { min: formatUnits(min, places), max: formatUnits(max, places), includesMin, includesMax };
  }
  return result;
}

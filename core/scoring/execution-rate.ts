/**
 * 预算执行率, 财预〔2020〕10号: 执行率 = 全年执行数 / 全年预算数 (some regions: / 年初预算数),
 * score = 执行率 × 分值, capped (10 by default). The score is computed from the exact ratio and
 * rounded once, so a rate shown as 60.00% and its score never disagree by double rounding.
 */
import type { Budget } from '../model.ts';
import { defaultScoringPolicy, type ScoringPolicy } from './policy.ts';
import { formatUnits, integerScaled, roundRatio, toScaled, toUnits } from './scaled.ts';

export interface ExecutionUnits {
  /** 执行率 in percent, in units of 10^−places; null when it cannot be computed. */
  rateUnits: number | null;
  /** Execution score in units of 10^−places. */
  scoreUnits: number | null;
}

const HUNDRED = integerScaled(100);

/** The execution rate and score in score units (for scoreDocument and the checks). */
export function evaluateExecution(budget: Budget, policy: ScoringPolicy): ExecutionUnits {
  const places = policy.roundingPlaces;
  const denominatorText =
    policy.executionRateDenominator === 'initial' ? budget.initial : (budget.adjusted ?? budget.total);
  const executed = toScaled(budget.executed);
  const denominator = toScaled(denominatorText);
  const weight = toScaled(budget.weight ?? policy.executionWeight);
  if (!executed || !denominator || !weight || denominator.units <= 0 || executed.units < 0) {
    return { rateUnits: null, scoreUnits: null };
  }
  const rateUnits = roundRatio({ numerator: executed, denominator, factor: HUNDRED, places });
  let scoreUnits = roundRatio({ numerator: executed, denominator, factor: weight, places });
  const capUnits = toUnits(policy.executionCap, places);
  if (scoreUnits !== null && capUnits !== null && scoreUnits > capUnits) scoreUnits = capUnits;
  return { rateUnits, scoreUnits };
}

/** 执行率 (percent) and its score by the policy, as decimal strings; null when not computable. */
export function scoreExecution(
  budget: Budget,
  policy: ScoringPolicy = defaultScoringPolicy,
): { rate: string | null; score: string | null } {
  const { rateUnits, scoreUnits } = evaluateExecution(budget, policy);
  const places = policy.roundingPlaces;
  return {
    rate: rateUnits === null ? null : formatUnits(rateUnits, places),
    score: scoreUnits === null ? null : formatUnits(scoreUnits, places),
  };
}

/**
 * Live scoring for the self-evaluation editor: the same core code the server runs
 * (core/scoring), so what the unit sees while typing is what the server will compute.
 */
import { Dec, toDecimal } from '../../../core/decimal.ts';
import type { Budget, Indicator } from '../../../core/model.ts';
import {
  defaultScoringPolicy,
  describeIndicatorFormula,
  scoreIndicator,
  type IndicatorScore,
  type ScoringPolicy,
} from '../../../core/scoring/index.ts';

export interface RowScore extends IndicatorScore {
  /** The entered 得分 lies outside the rules' band (定性). */
  isOutsideBand: boolean;
  /** Entered and suggested differ. */
  hasGap: boolean;
  /** Not fully met and no 偏差原因分析及改进措施 yet (财预〔2020〕10号 asks for one). */
  needsDeviation: boolean;
  /** The formula of the pack that gave the suggestion ("得分系数 0.95 × 权重 10"); null when none. */
  formula: string | null;
}

/** One row scored by `policy` (the document's year's rule pack; the national default otherwise). */
export function scoreRow(indicator: Indicator, policy: ScoringPolicy = defaultScoringPolicy): RowScore {
  const result = scoreIndicator({ indicator, policy });
  const entered = toDecimal(indicator.score);
  let isOutsideBand = false;
  if (entered && result.band) {
    const min = new Dec(result.band.min);
    const max = new Dec(result.band.max);
    const aboveMin = result.band.includesMin ? entered.gte(min) : entered.gt(min);
    const belowMax = result.band.includesMax ? entered.lte(max) : entered.lt(max);
    isOutsideBand = !(aboveMin && belowMax);
  }
  const suggested = toDecimal(result.suggestedScore);
  const hasGap = entered !== null && suggested !== null && !entered.equals(suggested);
  const isNotMet = result.attainment === 'partial' || result.attainment === 'not-met';
  return {
    ...result,
    isOutsideBand,
    hasGap,
    needsDeviation: isNotMet && !(indicator.deviation ?? '').trim(),
    formula: result.suggestedScore === null ? null : describeIndicatorFormula(indicator, policy),
  };
}

/** 执行率 = 全年执行数 / 全年预算数 in percent with two decimals; null when it cannot be computed. */
export function computeExecutionRate(budget: Budget): string | null {
  const executed = toDecimal(budget.executed);
  const adjusted = toDecimal(budget.adjusted ?? budget.total);
  if (!executed || !adjusted || adjusted.isZero()) return null;
  return executed.dividedBy(adjusted).times(100).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2);
}

/**
 * Which indicators of a self-evaluation were met, decided by the scoring rules (core/scoring:
 * direction and operator of 指标值 against 实际完成值) — never by whether 偏差原因 is filled in:
 * units often write "完成绩效目标" there for indicators that were met.
 */
import { eachIndicator, type Indicator, type PerformanceDocument } from '../../core/model.ts';
import { defaultScoringPolicy, evaluateIndicator, type Attainment, type ScoringPolicy } from '../../core/scoring/index.ts';

/**
 * Attainment does not depend on the weight, but the rules refuse to run without one; an
 * indicator without 分值 is judged as if it had this weight.
 */
const weightForJudging = '100';

export interface JudgedIndicator {
  indicator: Indicator;
  /** null when the rules cannot compare (missing value, different units …). */
  attainment: Attainment | null;
  /** Why the rules could not judge, in Chinese; null when they could. */
  reason: string | null;
}

/** Every indicator of `document` with the rules' verdict met / partial / not-met / unknown. */
export function judgeIndicators(
  document: Pick<PerformanceDocument, 'goals'>,
  policy: ScoringPolicy = defaultScoringPolicy,
): JudgedIndicator[] {
  return [...eachIndicator(document)].map(({ indicator }) => {
    const hasWeight = (indicator.weight ?? '').trim() !== '';
    const outcome = evaluateIndicator(hasWeight ? indicator : { ...indicator, weight: weightForJudging }, policy);
    return { indicator, attainment: outcome.attainment, reason: outcome.attainment === null ? outcome.reason : null };
  });
}

export interface AttainmentCounts {
  total: number;
  met: number;
  /** partial + not-met: the shortfalls the report lists. */
  notMet: number;
  partial: number;
  unknown: number;
}

/** Counts of judged indicators for the report's 绩效情况 sentence. */
export function countAttainment(judged: readonly JudgedIndicator[]): AttainmentCounts {
  const count = (attainment: Attainment | null) => judged.filter((item) => item.attainment === attainment).length;
  const partial = count('partial');
  return { total: judged.length, met: count('met'), notMet: partial + count('not-met'), partial, unknown: count(null) };
}

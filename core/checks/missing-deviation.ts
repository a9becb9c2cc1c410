/**
 * missing-deviation: 偏差原因分析及改进措施 is required whenever an indicator is not fully met
 * (DOMAIN.md); an empty cell or the stock phrase 完成绩效目标 does not count.
 */
import type { Finding, Goal, Indicator, PerformanceDocument } from '../model.ts';
import { evaluateIndicator, type RuleOutcome, type ScoringPolicy } from '../scoring/index.ts';
import { isBlankDeviation, quoteIndicator } from './finding.ts';
import { IndicatorFindingList, type IndicatorFindingKind, type IndicatorFindingSink, type IndicatorPlace } from './indicator-finding.ts';

function describeMissingDeviation(indicator: Indicator): string {
  return `${quoteIndicator(indicator)}未完全达成指标值（指标值“${indicator.target?.text.trim() ?? ''}”，实际完成“${indicator.actual?.text.trim() ?? ''}”），请填写偏差原因分析及改进措施`;
}

const missingDeviation: IndicatorFindingKind = {
  severity: 'warning',
  code: 'missing-deviation',
  field: 'deviation',
  describe: describeMissingDeviation,
  detail: null,
};

/** Findings for indicators that fall short of their target without a stated reason. */
export function checkMissingDeviation(document: PerformanceDocument, policy: ScoringPolicy): Finding[] {
  const findings = new IndicatorFindingList();
  // Plain loops; messages and paths are built when read (a million rows, bench/analyse.bench.ts).
  for (let goalIndex = 0; goalIndex < document.goals.length; goalIndex++) {
    const indicators = (document.goals[goalIndex] as Goal).indicators;
    for (let indicatorIndex = 0; indicatorIndex < indicators.length; indicatorIndex++) {
      const indicator = indicators[indicatorIndex] as Indicator;
      checkIndicatorDeviation({ place: { indicator, goalIndex, indicatorIndex }, policy, outcome: undefined, findings });
    }
  }
  return findings.findings;
}

/**
 * Adds to `findings` the missing-deviation finding of one indicator, if it has one. `outcome`: the
 * rules' outcome when the caller has it (else evaluated only once the deviation is found blank).
 */
export function checkIndicatorDeviation(input: {
  place: IndicatorPlace;
  policy: ScoringPolicy;
  outcome: RuleOutcome | undefined;
  findings: IndicatorFindingSink;
}): void {
  const { place, outcome } = input;
  const { indicator } = place;
  if (!indicator.target || !indicator.actual) return;
  // A known outcome is cheaper to ask than the wording of the deviation; else the wording first.
  if (outcome !== undefined && (outcome.attainment === null || outcome.attainment === 'met')) return;
  if (!isBlankDeviation(indicator.deviation)) return;
  const { attainment } = outcome ?? evaluateIndicator(indicator, input.policy);
  if (attainment === null || attainment === 'met') return;
  input.findings.add(missingDeviation, place);
}

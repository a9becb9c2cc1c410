/**
 * missing-deviation: 偏差原因分析及改进措施 is required whenever an indicator is not fully met
 * (DOMAIN.md); an empty cell or the stock phrase 完成绩效目标 does not count.
 */
import type { Finding, Goal, Indicator, PerformanceDocument } from '../model.ts';
import { evaluateIndicator, type RuleOutcome, type ScoringPolicy } from '../scoring/index.ts';
import { isBlankDeviation, quoteIndicator } from './finding.ts';
import { IndicatorFinding } from './indicator-finding.ts';

function describeMissingDeviation(indicator: Indicator): string {
  return `${quoteIndicator(indicator)}未完全达成指标值（指标值“${indicator.target?.text.trim() ?? ''}”，实际完成“${indicator.actual?.text.trim() ?? ''}”），请填写偏差原因分析及改进措施`;
}

/**
 * Findings for indicators that fall short of their target without a stated reason.
 * `outcomes`: the rules' outcome per goal and row (evaluateIndicators), when already known.
 */
export function checkMissingDeviation(
  document: PerformanceDocument,
  policy: ScoringPolicy,
  outcomes?: ReadonlyArray<ReadonlyArray<RuleOutcome>>,
): Finding[] {
  const findings: Finding[] = [];
  // Plain loops; messages and paths are built when read (a million rows, bench/analyse.bench.ts).
  for (let goalIndex = 0; goalIndex < document.goals.length; goalIndex++) {
    const indicators = (document.goals[goalIndex] as Goal).indicators;
    const known = outcomes?.[goalIndex];
    for (let indicatorIndex = 0; indicatorIndex < indicators.length; indicatorIndex++) {
      const indicator = indicators[indicatorIndex] as Indicator;
      if (!indicator.target || !indicator.actual) continue;
      // A known outcome is cheaper to ask than the wording of the deviation; else the wording first.
      const outcome = known?.[indicatorIndex];
      if (outcome !== undefined && (outcome.attainment === null || outcome.attainment === 'met')) continue;
      if (!isBlankDeviation(indicator.deviation)) continue;
      const { attainment } = outcome ?? evaluateIndicator(indicator, policy);
      if (attainment === null || attainment === 'met') continue;
      findings.push(
        new IndicatorFinding({
          severity: 'warning',
          code: 'missing-deviation',
          indicator,
          goalIndex,
          indicatorIndex,
          field: 'deviation',
          describe: describeMissingDeviation,
          detail: null,
        }),
      );
    }
  }
  return findings;
}

/**
 * deviation-degree: an actual at or above the policy's threshold (130%) of a numeric target
 * suggests the target was set too low. With 'deduct' the finding says how many points the
 * suggested total lost; with 'explain' it asks for the explanation unless one is written.
 */
import type { Finding, Goal, Indicator, PerformanceDocument } from '../model.ts';
import { isDeviationDegreeExceeded, type ScoringPolicy } from '../scoring/index.ts';
import { Dec, toDecimal } from '../decimal.ts';
import { createFinding, indicatorPath, isBlankDeviation, quoteIndicator } from './finding.ts';

/** Findings for indicators whose actual runs far ahead of the target. */
export function checkDeviationDegree(document: PerformanceDocument, policy: ScoringPolicy): Finding[] {
  const degree = policy.deviationDegree;
  if (degree.mode === 'none') return [];
  const threshold = toDecimal(degree.threshold);
  if (!threshold) return [];
  const thresholdPercent = threshold.times(100).toFixed();
  const findings: Finding[] = [];
  // Plain loops; paths are built only for findings (a million rows, bench/).
  for (let goalIndex = 0; goalIndex < document.goals.length; goalIndex++) {
    const indicators = (document.goals[goalIndex] as Goal).indicators;
    for (let indicatorIndex = 0; indicatorIndex < indicators.length; indicatorIndex++) {
      const indicator = indicators[indicatorIndex] as Indicator;
      if (!isDeviationDegreeExceeded({ indicator, threshold: degree.threshold })) continue;
      if (degree.mode === 'explain' && !isBlankDeviation(indicator.deviation)) continue;
      const ratio = new Dec(indicator.actual?.value ?? 0)
        .div(indicator.target?.value ?? 1)
        .times(100)
        .toDecimalPlaces(2)
        .toFixed();
      const consequence =
        degree.mode === 'deduct'
          ? `按偏离度规定在总分中扣${degree.points}分，下一年请按实际水平设定指标值`
          : '请在偏差原因分析中说明原因，并在下一年按实际水平设定指标值';
      findings.push(
        createFinding({
          severity: 'warning',
          code: 'deviation-degree',
          path: `${indicatorPath(goalIndex, indicatorIndex)}.actual`,
          line: indicator.line,
          message: `${quoteIndicator(indicator)}实际完成值为指标值的${ratio}%（达到${thresholdPercent}%），指标值可能定得过低；${consequence}`,
        }),
      );
    }
  }
  return findings;
}

/**
 * stated-count-mismatch: a completion count a report states that does not hold together — more
 * indicators completed than set, or a 完成率 that the two counts do not give (rounded half-up or
 * cut off at the stated decimals, as for stated-rate-mismatch).
 */
import { Dec, formatDecimal } from '../decimal.ts';
import type { Finding, PerformanceDocument } from '../model.ts';
import { createFinding } from './finding.ts';
import { doesRateAgree } from './stated-rate.ts';

/** Findings for every stated completion count whose figures disagree. */
export function checkStatedCounts(document: PerformanceDocument): Finding[] {
  const findings: Finding[] = [];
  // Narrative monitoring reports keep their counts in `monitoring`, evaluation reports in `report`.
  const stated = [
    ...(document.monitoring?.completionCounts ?? []).map((count, index) => ({ count, path: `monitoring.completionCounts.${index}` })),
    ...(document.report?.completionCounts ?? []).map((count, index) => ({ count, path: `report.completionCounts.${index}` })),
  ];
  for (const { count, path } of stated) {
    if (count.completed > count.total) {
      findings.push(
        createFinding({
          severity: 'warning',
          code: 'stated-count-mismatch',
          path,
          line: count.line,
          message: `报告称设置指标${count.total}个、完成${count.completed}个，完成数多于指标数，请核对指标个数`,
        }),
      );
      continue;
    }
    if (count.rate === null || count.total === 0) continue;
    const exact = new Dec(count.completed).times(100).dividedBy(count.total);
    if (doesRateAgree(count.rate, exact)) continue;
    findings.push(
      createFinding({
        severity: 'warning',
        code: 'stated-count-mismatch',
        path,
        line: count.line,
        message: `报告称设置指标${count.total}个、完成${count.completed}个，完成率应为${formatDecimal(exact.toDecimalPlaces(2, Dec.ROUND_HALF_UP))}%，填报为${count.rate}%，请核对`,
      }),
    );
  }
  return findings;
}

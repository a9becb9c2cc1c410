/**
 * missing-deviation: 偏差原因分析及改进措施 is required whenever an indicator is not fully met
 * (DOMAIN.md); an empty cell or the stock phrase 完成绩效目标 does not count.
 */
import type { Finding, PerformanceDocument } from '../model.ts';
import { eachIndicator } from '../model.ts';
import { evaluateIndicator, type ScoringPolicy } from '../scoring/index.ts';
import { createFinding, isBlankDeviation, quoteIndicator } from './finding.ts';

/** Findings for indicators that fall short of their target without a stated reason. */
export function checkMissingDeviation(document: PerformanceDocument, policy: ScoringPolicy): Finding[] {
  const findings: Finding[] = [];
  for (const { indicator, path } of eachIndicator(document)) {
    if (!indicator.target || !indicator.actual || !isBlankDeviation(indicator.deviation)) continue;
    const { attainment } = evaluateIndicator(indicator, policy);
    if (attainment === null || attainment === 'met') continue;
    findings.push(
      createFinding({
        severity: 'warning',
        code: 'missing-deviation',
        path: `${path}.deviation`,
        line: indicator.line,
        message: `${quoteIndicator(indicator)}未完全达成指标值（指标值“${indicator.target.text.trim()}”，实际完成“${indicator.actual.text.trim()}”），请填写偏差原因分析及改进措施`,
      }),
    );
  }
  return findings;
}

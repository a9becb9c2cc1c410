/**
 * missing-monitoring-reason: a monitoring answer that the light policy says needs a reason (a red
 * light; 有可能 / 完全不可能 完成) without 原因说明 or 纠偏措施 (财预〔2019〕136号: a warning asks
 * the unit for reasons and corrective measures).
 */
import type { Finding, PerformanceDocument } from '../model.ts';
import { defaultLightPolicy, type MonitoringLightPolicy } from '../monitoring/light-policy.ts';
import { isReasonMissing } from '../monitoring/reason-required.ts';
import { lightNames, likelihoodNames } from '../monitoring/vocabulary.ts';
import { eachIndicator } from '../model.ts';
import { createFinding, quoteIndicator } from './finding.ts';

/** Findings for indicators of a monitoring table whose light or likelihood needs a reason that is not written. */
export function checkMissingMonitoringReason(
  document: PerformanceDocument,
  policy: MonitoringLightPolicy = defaultLightPolicy,
): Finding[] {
  if (document.kind !== 'monitoring') return [];
  const findings: Finding[] = [];
  for (const { indicator, path } of eachIndicator(document)) {
    const monitoring = indicator.monitoring;
    if (!isReasonMissing(monitoring, policy)) continue;
    const why = [
      monitoring?.light ? lightNames[monitoring.light] : null,
      monitoring?.likelihood ? `完成目标可能性“${likelihoodNames[monitoring.likelihood]}”` : null,
    ]
      .filter(Boolean)
      .join('、');
    findings.push(
      createFinding({
        severity: 'warning',
        code: 'missing-monitoring-reason',
        path: `${path}.monitoring.explanation`,
        line: indicator.line,
        message: `${quoteIndicator(indicator)}为${why}，请填写偏差原因说明和纠偏措施`,
      }),
    );
  }
  return findings;
}

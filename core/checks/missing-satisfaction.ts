/**
 * missing-satisfaction: every goal with indicators should have a 满意度指标 (社会公众或服务对象
 * 满意度), one of the three 一级 of the indicator tree (DOMAIN.md "The indicator tree").
 */
import type { Finding, PerformanceDocument } from '../model.ts';
import { canonicalLevel1, compactText, createFinding, describeGoal } from './finding.ts';

/** Findings for goals whose indicators include no 满意度 indicator. */
export function checkMissingSatisfaction(document: PerformanceDocument): Finding[] {
  // A narrative report (an evaluation report, a monitoring report's sections) cites the indicators
  // it discusses, not the whole tree: a 满意度 indicator it does not mention is not missing.
  if (document.kind === 'evaluation-report' || document.report) return [];
  const findings: Finding[] = [];
  for (const [goalIndex, goal] of document.goals.entries()) {
    if (goal.indicators.length === 0) continue;
    const hasSatisfaction = goal.indicators.some(
      (indicator) =>
        canonicalLevel1(indicator.level1) === '满意度指标' ||
        compactText(indicator.level2).includes('满意度'),
    );
    if (hasSatisfaction) continue;
    findings.push(
      createFinding({
        severity: 'warning',
        code: 'missing-satisfaction',
        path: `goals.${goalIndex}`,
        line: goal.indicators[0]?.line,
        message: `${describeGoal(goal, goalIndex)}没有满意度指标，请补充“社会公众或服务对象满意度”指标`,
      }),
    );
  }
  return findings;
}

/**
 * missing-common-indicator: a 部门整体 target table without a 共性指标 the policy requires
 * (预算执行率, 结转结余率 …). Names match through the library's clustering, so 预算执行率（10分）
 * or "部门预算执行率" written another way still count.
 */
import { isSameIndicatorName } from '../indicator-library/cluster-names.ts';
import type { Finding, PerformanceDocument } from '../model.ts';
import { createFinding } from './finding.ts';
import type { LibraryContext } from './library-context.ts';

/** One finding per required 共性指标 absent from a department-scope target table. */
export function checkMissingCommonIndicators(document: PerformanceDocument, context: Pick<LibraryContext, 'policy'>): Finding[] {
  if (document.kind !== 'target-table' || document.scope !== 'department') return [];
  const names = document.goals.flatMap((goal) => goal.indicators.map((indicator) => indicator.name));
  return context.policy.requiredCommonIndicators
    .filter((required) => !names.some((name) => isSameIndicatorName(name, required)))
    .map((required) =>
      createFinding({
        severity: 'warning',
        code: 'missing-common-indicator',
        path: 'goals',
        message: `部门整体绩效目标表缺少共性指标“${required}”，请从指标库中添加`,
      }),
    );
}

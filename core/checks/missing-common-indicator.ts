/**
 * missing-common-indicator: a target table without a 共性指标 its rule pack requires for its scope
 * (部门整体: 预算执行率, 结转结余率 …; 项目, where a pack asks: 服务对象满意度). Names match
 * through the library's clustering, so 预算执行率（10分） or "部门预算执行率" written another way
 * still count; a requirement with `orAnyOfLevel1` is met by any indicator under that 一级.
 */
import type { CommonIndicatorRequirement } from '../indicator-library/common-indicators.ts';
import { isSameIndicatorName } from '../indicator-library/cluster-names.ts';
import { level1KeyOf } from '../levels/index.ts';
import type { Finding, Indicator, PerformanceDocument } from '../model.ts';
import { createFinding } from './finding.ts';
import type { LibraryContext } from './library-context.ts';

const tableNames = { department: '部门整体绩效目标表', project: '项目绩效目标表' } as const;

function isMet(requirement: CommonIndicatorRequirement, indicators: readonly Indicator[]): boolean {
  return indicators.some(
    (indicator) =>
      isSameIndicatorName(indicator.name, requirement.name) ||
      (requirement.orAnyOfLevel1 !== undefined && indicator.name.trim() !== '' && level1KeyOf(indicator.level1) === requirement.orAnyOfLevel1),
  );
}

/** One finding per required 共性指标 of the table's scope that the target table lacks. */
export function checkMissingCommonIndicators(document: PerformanceDocument, context: Pick<LibraryContext, 'policy'>): Finding[] {
  if (document.kind !== 'target-table') return [];
  const indicators = document.goals.flatMap((goal) => goal.indicators);
  return context.policy.requiredCommonIndicators
    .filter((requirement) => requirement.scope === document.scope && !isMet(requirement, indicators))
    .map((requirement) =>
      createFinding({
        severity: 'warning',
        code: 'missing-common-indicator',
        path: 'goals',
        message: `${tableNames[document.scope]}缺少共性指标“${requirement.name}”，请从指标库中添加`,
      }),
    );
}

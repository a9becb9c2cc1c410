/**
 * duplicate-indicator: the same indicator twice in one goal, or copied into another goal with
 * the same 指标值 (DOMAIN.md: "copy-paste rows from another function"). Names are compared
 * without the spaces extraction puts inside them.
 */
import type { Finding, PerformanceDocument } from '../model.ts';
import { compactText, createFinding, describeGoal, quoteIndicator } from './finding.ts';

interface Occurrence {
  goalIndex: number;
  indicatorIndex: number;
  target: string;
}

/** Findings for every repeated indicator, pointing at the later copy. */
export function checkDuplicateIndicators(document: PerformanceDocument): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, Occurrence[]>();
  for (const [goalIndex, goal] of document.goals.entries()) {
    for (const [indicatorIndex, indicator] of goal.indicators.entries()) {
      const name = compactText(indicator.name);
      if (name === '') continue;
      const target = compactText(indicator.target?.text ?? '');
      const earlier = seen.get(name) ?? [];
      const base = {
        severity: 'warning' as const,
        code: 'duplicate-indicator',
        path: `goals.${goalIndex}.indicators.${indicatorIndex}`,
        line: indicator.line,
      };
      const sameGoal = earlier.find((occurrence) => occurrence.goalIndex === goalIndex);
      const otherGoal = earlier.find(
        (occurrence) => occurrence.goalIndex !== goalIndex && occurrence.target === target,
      );
      if (sameGoal) {
        findings.push(
          createFinding({
            ...base,
            message: `${quoteIndicator(indicator)}在${describeGoal(goal, goalIndex)}中重复出现（第${sameGoal.indicatorIndex + 1}个与第${indicatorIndex + 1}个指标），请删除重复的指标或改为不同的指标`,
          }),
        );
      } else if (otherGoal) {
        const otherName = describeGoal(
          document.goals[otherGoal.goalIndex] ?? { name: '', indicators: [] },
          otherGoal.goalIndex,
        );
        findings.push(
          createFinding({
            ...base,
            message: `${quoteIndicator(indicator)}与${otherName}中的同名指标指标值相同，疑似复制粘贴，请改为本目标自己的指标`,
          }),
        );
      }
      earlier.push({ goalIndex, indicatorIndex, target });
      seen.set(name, earlier);
    }
  }
  return findings;
}

/**
 * target-below-history: a target that asks for less than what the unit itself achieved last year
 * (a 正向 target below last year's 实际完成值, a 反向 one above it). 财预〔2020〕10号 asks targets to
 * be set from history (历史标准); copying last year's table with a lower number is the usual slip.
 */
import { normaliseIndicatorName } from '../indicator-library/normalise-name.ts';
import type { Finding, PerformanceDocument } from '../model.ts';
import { createFinding, indicatorPath, quoteIndicator } from './finding.ts';
import type { LibraryContext } from './library-context.ts';
import { formatNumber, isLooserThan, readComparableTarget } from './target-comparison.ts';

/** Findings for target-table indicators whose target is looser than the unit's own actual of last year. */
export function checkTargetsBelowHistory(document: PerformanceDocument, context: Pick<LibraryContext, 'references'>): Finding[] {
  if (document.kind !== 'target-table') return [];
  const findings: Finding[] = [];
  for (const [goalIndex, goal] of document.goals.entries()) {
    for (const [indicatorIndex, indicator] of goal.indicators.entries()) {
      const reference = context.references.get(normaliseIndicatorName(indicator.name));
      const target = readComparableTarget(indicator);
      if (!reference || !target || reference.lastActual === null || reference.unit !== target.unit) continue;
      if (!isLooserThan(target, reference.lastActual)) continue;
      const lower = target.direction === 'higher-better' ? '低于' : '高于';
      findings.push(
        createFinding({
          severity: 'warning',
          code: 'target-below-history',
          path: `${indicatorPath(goalIndex, indicatorIndex)}.target`,
          line: indicator.line,
          message: `${quoteIndicator(indicator)}的指标值“${indicator.target?.text ?? ''}”${lower}本单位${reference.lastYear ?? '上'}年实际完成值${formatNumber(reference.lastActual)}${target.unit}，请参考历史标准提高指标值或说明理由`,
        }),
      );
    }
  }
  return findings;
}

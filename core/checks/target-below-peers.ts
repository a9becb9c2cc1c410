/**
 * target-below-peers: a target far below what units of the same sector set (the peers' median),
 * by more than the policy's share (行业标准). Raised only when the units match.
 */
import { normaliseIndicatorName } from '../indicator-library/normalise-name.ts';
import type { Finding, PerformanceDocument } from '../model.ts';
import { createFinding, indicatorPath, quoteIndicator } from './finding.ts';
import type { LibraryContext } from './library-context.ts';
import { formatNumber, isLooserThan, readComparableTarget } from './target-comparison.ts';

/** Findings for target-table indicators looser than the peers' median by more than policy.peerShortfall. */
export function checkTargetsBelowPeers(document: PerformanceDocument, context: Pick<LibraryContext, 'references' | 'policy'>): Finding[] {
  if (document.kind !== 'target-table') return [];
  const shortfall = context.policy.peerShortfall;
  const findings: Finding[] = [];
  for (const [goalIndex, goal] of document.goals.entries()) {
    for (const [indicatorIndex, indicator] of goal.indicators.entries()) {
      const reference = context.references.get(normaliseIndicatorName(indicator.name));
      const target = readComparableTarget(indicator);
      if (!reference || !target || reference.peerMedian === null || reference.unit !== target.unit) continue;
      const bound = reference.peerMedian * (target.direction === 'higher-better' ? 1 - shortfall : 1 + shortfall);
      if (!isLooserThan(target, bound)) continue;
      const side = target.direction === 'higher-better' ? '低于' : '高于';
      findings.push(
        createFinding({
          severity: 'warning',
          code: 'target-below-peers',
          path: `${indicatorPath(goalIndex, indicatorIndex)}.target`,
          line: indicator.line,
          message: `${quoteIndicator(indicator)}的指标值“${indicator.target?.text ?? ''}”${side}同行业单位中位数${formatNumber(reference.peerMedian)}${target.unit}超过${formatNumber(shortfall * 100)}%，请参考行业标准核实指标值`,
        }),
      );
    }
  }
  return findings;
}

/**
 * What the finance bureau's overview draws, from the counts the server sends (pure, so it is
 * tested without a browser): documents by kind × state, bands with their labels, grades, the
 * share of units behind, and the filter of the unit table.
 */
import {
  executionRateBands,
  scoreBands,
  type OverviewFigures,
  type OverviewTotals,
  type OverviewUnit,
} from '../../../contract/report-overview.ts';
import { grades, type DocumentKind } from '../../../core/model.ts';
import { reviewStates, type ReviewState } from '../../../core/review/index.ts';

export { trackedKinds, type TrackedKind } from '../../../contract/report-overview.ts';

export interface Band {
  label: string;
  count: number;
}

/** Number of documents of each kind in each state (only states that occur), kinds in the order of the model. */
export function groupStatesByKind(states: OverviewTotals['states']): {
  kinds: DocumentKind[];
  states: ReviewState[];
  counts: Record<string, Record<string, number>>;
} {
  const counts: Record<string, Record<string, number>> = {};
  for (const { kind, state, count } of states) {
    counts[kind] ??= {};
    counts[kind][state] = (counts[kind][state] ?? 0) + count;
  }
  const kinds = (Object.keys(counts) as DocumentKind[]).sort();
  const present = reviewStates.filter((state) => kinds.some((kind) => (counts[kind]![state] ?? 0) > 0));
  return { kinds, states: present, counts };
}

/** Self-evaluations by 执行率 in the monitoring bands (DOMAIN.md), labelled. */
export function labelExecutionRateBands(totals: Pick<OverviewTotals, 'executionRateBands'>): Band[] {
  return executionRateBands.map((band, index) => ({ label: band.label, count: totals.executionRateBands[index] ?? 0 }));
}

/** Self-evaluation scores in the grade bands (中 split in two), labelled. */
export function labelScoreBands(totals: Pick<OverviewTotals, 'scoreBands'>): Band[] {
  return scoreBands.map((band, index) => ({ label: band.label, count: totals.scoreBands[index] ?? 0 }));
}

/** Self-evaluations per grade, plus those without one when there are any. */
export function listGradeBands(totals: Pick<OverviewTotals, 'grades'>): Band[] {
  const bands = grades.map((grade) => ({ label: grade, count: totals.grades[grade] }));
  return totals.grades.none > 0 ? [...bands, { label: '未评级', count: totals.grades.none }] : bands;
}

/** Percentage of units behind, rounded to whole percent (0 with no units). */
export function describeBehindShare(figures: Pick<OverviewFigures, 'units' | 'behindUnits'>): number {
  return figures.units === 0 ? 0 : Math.round((figures.behindUnits / figures.units) * 100);
}

/** The unit table's filter: text in the unit's or its 主管部门's name, optionally only units behind. */
export function filterUnits(units: readonly OverviewUnit[], input: { text: string; isOnlyBehind: boolean }): OverviewUnit[] {
  const text = input.text.trim();
  return units.filter(
    (unit) =>
      (!input.isOnlyBehind || unit.pendingKinds.length > 0) &&
      (unit.unit.includes(text) || (unit.supervisor ?? '').includes(text)),
  );
}

/**
 * What a monitoring table still leaves blank of what the unit reports for the window: the
 * 1-N月执行数 and each indicator's 1-N月实际完成值. The checks find nothing wrong in an empty table
 * (nothing is there to be wrong), so the editor and the submit confirmation say this instead.
 */
import type { PerformanceDocument } from '../model.ts';
import { describeWindow } from './describe-window.ts';

export interface UnfilledMonitoring {
  /** 1-N月执行数 is blank. */
  isExecutionBlank: boolean;
  /** Indicators without 1-N月实际完成值, of `indicators`. */
  blankActuals: number;
  indicators: number;
}

export function findUnfilledMonitoring(document: Pick<PerformanceDocument, 'kind' | 'budget' | 'goals'>): UnfilledMonitoring | null {
  if (document.kind !== 'monitoring') return null;
  let indicators = 0;
  let blankActuals = 0;
  for (const goal of document.goals) {
    for (const indicator of goal.indicators) {
      indicators++;
      if (!indicator.monitoring?.actualToDate?.text.trim()) blankActuals++;
    }
  }
  const isExecutionBlank = !document.budget.executedToDate;
  return isExecutionBlank || blankActuals > 0 ? { isExecutionBlank, blankActuals, indicators } : null;
}

/** "1-6月执行数未填写；10 个指标中有 7 个未填写1-6月实际完成值", or null when nothing is blank. */
export function describeUnfilledMonitoring(document: Pick<PerformanceDocument, 'kind' | 'budget' | 'goals' | 'monitoring'>): string | null {
  const unfilled = findUnfilledMonitoring(document);
  if (!unfilled) return null;
  const window = describeWindow(document.monitoring?.period);
  const parts = [
    unfilled.isExecutionBlank ? `${window}执行数未填写` : null,
    unfilled.blankActuals > 0 ? `${unfilled.indicators} 个指标中有 ${unfilled.blankActuals} 个未填写${window}实际完成值` : null,
  ];
  return parts.filter((part) => part !== null).join('；');
}

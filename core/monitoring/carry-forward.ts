/**
 * Several monitoring rounds in one year (1-6月, then 1-9月; issue 11): a unit's table of the next
 * round starts from its table of the previous one — 执行数, 预计数, each indicator's 完成值,
 * likelihood, reasons and measures, the analysis — for the unit to bring up to the new window.
 * Lights are not carried: the table is lit again for the new window (core light-document).
 */
import type { PerformanceDocument } from '../model.ts';
import type { MonitoringPeriod } from './schema.ts';
import { computeTimeProgress } from './time-progress.ts';

/** The previous round's table with the window moved on, as a new body (the previous stays untouched). */
export function carryMonitoringForward(previous: PerformanceDocument, period: MonitoringPeriod): PerformanceDocument {
  const body = structuredClone(previous);
  body.monitoring = { ...(body.monitoring ?? { deviation: null, problems: null, nextSteps: null }), period: { ...period } };
  return body;
}

/** Whether window `next` ends after window `previous` of `year` (days into the year); false when either cannot be placed. */
export function isLaterWindow(input: { next: MonitoringPeriod; previous: MonitoringPeriod | null | undefined; year: number }): boolean {
  if (!input.previous) return true;
  const next = computeTimeProgress({ period: input.next, mode: 'days', year: input.year });
  const previous = computeTimeProgress({ period: input.previous, mode: 'days', year: input.year });
  if (!next) return false;
  if (!previous) return true;
  return next.numerator > previous.numerator;
}

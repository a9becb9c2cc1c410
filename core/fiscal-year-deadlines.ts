/**
 * A fiscal year's deadlines (截止日期) are settings that finance or the administrator enter per
 * year. When a year is added, the usual calendar of the cycle is proposed: the 绩效目标表 goes in
 * with the budget, by 30 November of the year before; 绩效运行监控 (January–July) by 31 August;
 * the 自评表 by 30 April of the year after (it follows the final accounts). Editing replaces them.
 */
import type { DocumentKind } from './model.ts';

export const deadlineKinds = [
  'target-table',
  'monitoring',
  'self-evaluation',
] as const satisfies readonly DocumentKind[];
export type DeadlineKind = (typeof deadlineKinds)[number];

/** Chinese names, in the order of the cycle. */
export const deadlineKindNames: Record<DeadlineKind, string> = {
  'target-table': '绩效目标表',
  monitoring: '绩效监控表',
  'self-evaluation': '绩效自评表',
};

/** YYYY-MM-DD per kind; null when the year has no such deadline. */
export type FiscalYearDeadlines = Record<DeadlineKind, string | null>;

const proposedCalendar: Record<DeadlineKind, { yearOffset: number; monthDay: string }> = {
  'target-table': { yearOffset: -1, monthDay: '11-30' },
  monitoring: { yearOffset: 0, monthDay: '08-31' },
  'self-evaluation': { yearOffset: 1, monthDay: '04-30' },
};

/** The deadlines proposed for a newly added year (the usual calendar above). */
export function proposeDeadlines(year: number): FiscalYearDeadlines {
  const deadlines = {} as FiscalYearDeadlines;
  for (const kind of deadlineKinds) {
    const entry = proposedCalendar[kind];
    deadlines[kind] = `${year + entry.yearOffset}-${entry.monthDay}`;
  }
  return deadlines;
}

/** True when `text` is a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * When a year's documents are due. The product stores no due dates yet, so they follow the usual
 * calendar of the cycle (one setting, here): a year's 绩效目标表 goes in with the budget, by
 * 30 November of the year before; its 自评表 is due by 30 April of the year after (the
 * self-evaluation follows the final accounts). Read by the server's "deadline near" notifications;
 * web/features/home/deadlines.ts still holds the same calendar (to import this one once the fiscal
 * year's own deadlines, issue 10 admin, have settled where deadlines live).
 */
import type { DocumentKind } from '../model.ts';

export const deadlineCalendar: Array<{ kind: DocumentKind; kindName: string; yearOffset: number; monthDay: string }> = [
  { kind: 'target-table', kindName: '绩效目标表', yearOffset: -1, monthDay: '11-30' },
  { kind: 'self-evaluation', kindName: '绩效自评表', yearOffset: 1, monthDay: '04-30' },
];

const dayMs = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to`, both YYYY-MM-DD (calendar days, no time zone drift). */
export function countDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/** The due dates (YYYY-MM-DD) of a fiscal year's documents. */
export function listDueDates(year: number): Array<{ kind: DocumentKind; kindName: string; dueDate: string }> {
  return deadlineCalendar.map((entry) => ({ kind: entry.kind, kindName: entry.kindName, dueDate: `${year + entry.yearOffset}-${entry.monthDay}` }));
}

/** The open years' due dates from today up to `withinDays` days ahead (today included), soonest first. */
export function listNearDeadlines(input: { today: string; openYears: readonly number[]; withinDays: number }) {
  return input.openYears
    .flatMap((year) => listDueDates(year).map((due) => ({ ...due, year, daysLeft: countDaysBetween(input.today, due.dueDate) })))
    .filter((due) => due.daysLeft >= 0 && due.daysLeft <= input.withinDays)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

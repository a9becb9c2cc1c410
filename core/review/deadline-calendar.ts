/**
 * When a year's documents are due: the fiscal year's own deadlines, settings finance or the
 * administrator enter per year (core/fiscal-year-deadlines.ts, proposed from the usual calendar
 * when the year is added). Read by the server's "deadline near" notifications; the home page reads
 * the same stored dates (web/features/home/deadlines.ts).
 */
import { deadlineKindNames, deadlineKinds, type DeadlineKind, type FiscalYearDeadlines } from '../fiscal-year-deadlines.ts';

const dayMs = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to`, both YYYY-MM-DD (calendar days, no time zone drift). */
export function countDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/** The due dates (YYYY-MM-DD) a fiscal year has set, in the order of the cycle. */
export function listDueDates(deadlines: FiscalYearDeadlines): Array<{ kind: DeadlineKind; kindName: string; dueDate: string }> {
  return deadlineKinds.flatMap((kind) => {
    const dueDate = deadlines[kind];
    return dueDate ? [{ kind, kindName: deadlineKindNames[kind], dueDate }] : [];
  });
}

/** The open years' due dates from today up to `withinDays` days ahead (today included), soonest first. */
export function listNearDeadlines(input: {
  today: string;
  openYears: ReadonlyArray<{ year: number; deadlines: FiscalYearDeadlines }>;
  withinDays: number;
}) {
  return input.openYears
    .flatMap(({ year, deadlines }) => listDueDates(deadlines).map((due) => ({ ...due, year, daysLeft: countDaysBetween(input.today, due.dueDate) })))
    .filter((due) => due.daysLeft >= 0 && due.daysLeft <= input.withinDays)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

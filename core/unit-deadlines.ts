/**
 * Whose deadline a year's deadline is (截止日期, set by finance per year: fiscal-year-deadlines.ts).
 * A unit set up in 单位管理 after a deadline had passed owed nothing by it, so it is not overdue for
 * it ("逾期 735 天" for a unit added today was wrong) — unless the unit has documents of that year or
 * an earlier one: an older unit entered with its past documents did owe them. The unit's home page
 * (which deadlines it lists), the year view (overdue days, the 已逾期 filter, done in SQL from
 * describeDeadlineOwners) and 催报 (the days in the message) all ask this one rule.
 */
import { countDaysOverdue, findDeadlineEnd } from './monitoring/overdue.ts';

/** When a unit began. */
export interface UnitStart {
  /** When the unit was set up (organisations.created_at, an ISO instant). */
  createdAt: string;
  /** The earliest fiscal year the unit has documents of (any kind or project); null: none. */
  firstDocumentYear: number | null;
}

/** The rule for one deadline as data, so a query can apply it to thousands of units at once. */
export interface DeadlineOwners {
  /** Units set up before this instant (the end of the deadline day in China) owed the document. */
  createdBefore: string;
  /** Units with documents of this year or earlier owed it, whenever they were set up. */
  documentYearAtMost: number;
}

/** Which units the deadline of `year` due on `dueDate` (YYYY-MM-DD) is owed by. */
export function describeDeadlineOwners(input: { year: number; dueDate: string }): DeadlineOwners {
  return { createdBefore: findDeadlineEnd(input.dueDate).toISOString(), documentYearAtMost: input.year };
}

/** Whether the deadline of `year` due on `dueDate` is the unit's own (it existed by the end of that day, or has documents of the year or before). */
export function isDeadlineOfUnit(input: { unit: UnitStart; year: number; dueDate: string }): boolean {
  const owners = describeDeadlineOwners(input);
  if (input.unit.firstDocumentYear !== null && input.unit.firstDocumentYear <= owners.documentYearAtMost) return true;
  return Date.parse(input.unit.createdAt) < Date.parse(owners.createdBefore);
}

/** Whole days the unit is past the deadline (China time, the day itself on time); 0 when the deadline is not its own. */
export function countUnitDaysOverdue(input: { unit: UnitStart; year: number; dueDate: string; now: Date }): number {
  return isDeadlineOfUnit(input) ? countDaysOverdue({ deadline: input.dueDate, now: input.now }) : 0;
}

/**
 * Issue 4 "a home page per role: … deadlines". Each fiscal year's deadlines are settings that
 * finance or the administrator enter (年度与截止日期, core/fiscal-year-deadlines.ts); this lists
 * them as stored. Only open fiscal years count. For a unit, a passed deadline stays on the list
 * (in red) until its document is in — submitted or further; one that is in is marked so. Where
 * the documents are not known (reviewers), a passed deadline is shown for 30 days. A deadline that
 * fell before the unit was set up (单位管理) is not the unit's, so not overdue for it — unless the
 * unit has documents of that year or before (core/unit-deadlines.ts, the rule the year view uses too).
 *
 * A unit files a monitoring table only in a round finance opened (监控轮次, with its own deadline),
 * so for a unit the rounds it has tables in give the monitoring lines; the year's monitoring date
 * is only a notice while it is coming, never overdue: with no round there is nothing to file.
 */
import { deadlineKindNames, deadlineKinds, type FiscalYearDeadlines } from '../../../core/fiscal-year-deadlines.ts';
import type { DocumentKind } from '../../../core/model.ts';
import { isDeadlineOfUnit, type UnitStart } from '../../../core/unit-deadlines.ts';

export type { UnitStart };

/** An open fiscal year with its stored deadlines (null: none for that kind). */
export interface YearDeadlines {
  year: number;
  deadlines: FiscalYearDeadlines;
}

/** How long a passed deadline is still shown when it is not known whether the document is in (days). */
const overdueShownDays = 30;
const dayMs = 24 * 60 * 60 * 1000;

export interface Deadline {
  year: number;
  kind: DocumentKind;
  kindName: string;
  /** YYYY-MM-DD */
  dueDate: string;
  /** Negative once passed; 0 on the day itself. */
  daysLeft: number;
  /** The document is in (submitted or further); null when not known. */
  isIn: boolean | null;
}

/** A document of a year and kind that has been submitted (or gone further). */
export interface DocumentIn {
  year: number;
  kind: DocumentKind;
}

/** A monitoring round the unit has tables in (GET /api/monitoring-rounds, as the unit sees it). */
export interface RoundDue {
  year: number;
  /** YYYY-MM-DD */
  deadline: string;
  /** 1-6月、截至2026年6月30日 … */
  periodName: string;
  /** The unit's tables in the round, and how many of them are in. */
  tables: number;
  submitted: number;
}

/** Whole days from `from` to `to`, both YYYY-MM-DD (calendar days, no time zone drift). */
export function countDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/** Today in the browser's time zone as YYYY-MM-DD. */
export function formatToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The deadlines to show today for the open fiscal years, soonest first. With `documentsIn` (a
 * unit's own documents that are in), a passed deadline is kept until its document is in; with
 * `unit`, deadlines from before the unit began are left out.
 */
export function listDeadlines(input: {
  today: string;
  openYears: readonly YearDeadlines[];
  documentsIn?: readonly DocumentIn[];
  unit?: UnitStart;
  /** A unit's monitoring rounds: with them, monitoring lines come from the rounds (see above). */
  rounds?: readonly RoundDue[];
}): Deadline[] {
  const deadlines: Deadline[] = [];
  for (const { year, deadlines: stored } of input.openYears) {
    const rounds = input.rounds?.filter((round) => round.year === year && round.tables > 0);
    for (const kind of deadlineKinds) {
      const dueDate = stored[kind];
      if (kind === 'monitoring' && rounds) {
        deadlines.push(...listRoundDeadlines(input.today, year, rounds));
        if (rounds.length > 0 || !dueDate || countDaysBetween(input.today, dueDate) < 0) continue;
        deadlines.push({ year, kind, kindName: deadlineKindNames[kind], dueDate, daysLeft: countDaysBetween(input.today, dueDate), isIn: null });
        continue;
      }
      if (!dueDate || (input.unit && !isDeadlineOfUnit({ unit: input.unit, year, dueDate }))) continue;
      const daysLeft = countDaysBetween(input.today, dueDate);
      const isIn = input.documentsIn
        ? input.documentsIn.some((document) => document.year === year && document.kind === kind)
        : null;
      if (daysLeft < 0 && (isIn === null ? daysLeft < -overdueShownDays : isIn)) continue;
      deadlines.push({ year, kind, kindName: deadlineKindNames[kind], dueDate, daysLeft, isIn });
    }
  }
  return deadlines.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.year - b.year);
}

/** A unit's rounds of one year, each by its own deadline; a passed one is kept until every table is in. */
function listRoundDeadlines(today: string, year: number, rounds: readonly RoundDue[]): Deadline[] {
  return rounds.flatMap((round) => {
    const daysLeft = countDaysBetween(today, round.deadline);
    const isIn = round.submitted >= round.tables;
    if (daysLeft < 0 && isIn) return [];
    return [{ year, kind: 'monitoring' as const, kindName: `绩效监控表（${round.periodName}）`, dueDate: round.deadline, daysLeft, isIn }];
  });
}

/** "还剩 5 天" / "今天截止" / "已逾期 3 天". */
export function describeDaysLeft(daysLeft: number): string {
  if (daysLeft > 0) return `还剩 ${daysLeft} 天`;
  if (daysLeft === 0) return '今天截止';
  return `已逾期 ${-daysLeft} 天`;
}

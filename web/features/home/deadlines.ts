/**
 * Issue 4 "a home page per role: … deadlines". The product stores no due dates yet, so they are
 * derived from the fiscal year by the usual calendar of the cycle (kept here as one setting):
 * a year's 绩效目标表 goes in with the budget, by 30 November of the year before; its
 * 自评表 is due by 30 April of the year after (the self-evaluation follows the final accounts).
 * Only open fiscal years count. For a unit, a passed deadline stays on the list (in red) until its
 * document is in — submitted or further; one that is in is marked so. Where the documents are not
 * known (reviewers), a passed deadline is shown for 30 days.
 */
import type { DocumentKind } from '../../../core/model.ts';

export const deadlineCalendar: Array<{ kind: DocumentKind; kindName: string; yearOffset: number; monthDay: string }> = [
  { kind: 'target-table', kindName: '绩效目标表', yearOffset: -1, monthDay: '11-30' },
  { kind: 'self-evaluation', kindName: '绩效自评表', yearOffset: 1, monthDay: '04-30' },
];

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
 * unit's own documents that are in), a passed deadline is kept until its document is in.
 */
export function listDeadlines(input: { today: string; openYears: number[]; documentsIn?: readonly DocumentIn[] }): Deadline[] {
  const deadlines: Deadline[] = [];
  for (const year of input.openYears) {
    for (const entry of deadlineCalendar) {
      const dueDate = `${year + entry.yearOffset}-${entry.monthDay}`;
      const daysLeft = countDaysBetween(input.today, dueDate);
      const isIn = input.documentsIn
        ? input.documentsIn.some((document) => document.year === year && document.kind === entry.kind)
        : null;
      if (daysLeft < 0 && (isIn === null ? daysLeft < -overdueShownDays : isIn)) continue;
      deadlines.push({ year, kind: entry.kind, kindName: entry.kindName, dueDate, daysLeft, isIn });
    }
  }
  return deadlines.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.year - b.year);
}

/** "还剩 5 天" / "今天截止" / "已逾期 3 天". */
export function describeDaysLeft(daysLeft: number): string {
  if (daysLeft > 0) return `还剩 ${daysLeft} 天`;
  if (daysLeft === 0) return '今天截止';
  return `已逾期 ${-daysLeft} 天`;
}

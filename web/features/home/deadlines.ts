/**
 * Issue 4 "a home page per role: … deadlines". The product stores no due dates yet, so they are
 * derived from the fiscal year by the usual calendar of the cycle (kept here as one setting):
 * a year's 绩效目标表 goes in with the budget, by 30 November of the year before; its
 * 自评表 is due by 30 April of the year after (the self-evaluation follows the final accounts).
 * Only open fiscal years count; a deadline stays on the list for 30 days after it passed.
 */
import type { DocumentKind } from '../../../core/model.ts';

export const deadlineCalendar: Array<{ kind: DocumentKind; kindName: string; yearOffset: number; monthDay: string }> = [
  { kind: 'target-table', kindName: '绩效目标表', yearOffset: -1, monthDay: '11-30' },
  { kind: 'self-evaluation', kindName: '绩效自评表', yearOffset: 1, monthDay: '04-30' },
];

/** How long a passed deadline is still shown (days). */
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

/** The deadlines to show today for the open fiscal years, soonest first. */
export function listDeadlines(input: { today: string; openYears: number[] }): Deadline[] {
  const deadlines: Deadline[] = [];
  for (const year of input.openYears) {
    for (const entry of deadlineCalendar) {
      const dueDate = `${year + entry.yearOffset}-${entry.monthDay}`;
      const daysLeft = countDaysBetween(input.today, dueDate);
      if (daysLeft < -overdueShownDays) continue;
      deadlines.push({ year, kind: entry.kind, kindName: entry.kindName, dueDate, daysLeft });
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

/**
 * 序时进度 (time progress) of a monitoring window as an exact fraction of the year: elapsed
 * months / 12, or days elapsed / days in the year, as the policy says. A window given one way is
 * converted when the policy counts the other (1-6月 by days = 1 Jan – 30 Jun).
 */
import type { MonitoringPeriod } from './schema.ts';

/** An exact fraction numerator / denominator (both positive integers, or 0 / n). */
export interface Fraction {
  numerator: number;
  denominator: number;
}

/** A year of 365 days, for a 1-N月 window counted in days when the document states no year. */
const COMMON_YEAR = 2023;

const CUT_OFF = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** Day of the year, 1 January = 1; null for a date that does not exist. */
function dayOfYear(year: number, month: number, day: number): number | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return Math.round((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
}

/** The last day of a month (1-based). */
function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The time progress of a window; null when the window says neither a month nor a valid date.
 * `year` is the document's year (for leap years when counting days of a 1-N月 window; 365 days
 * when unknown).
 */
export function computeTimeProgress(input: {
  period: MonitoringPeriod;
  mode: 'months' | 'days';
  year: number | null;
}): Fraction | null {
  const { period, mode } = input;
  const month = period.throughMonth ?? null;
  const date = period.cutOffDate ? CUT_OFF.exec(period.cutOffDate) : null;
  if (mode === 'months' && month !== null) return { numerator: month, denominator: 12 };
  if (date) {
    const [year, dateMonth, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (mode === 'months' && day === lastDayOfMonth(year, dateMonth))
      return { numerator: dateMonth, denominator: 12 };
    const elapsed = dayOfYear(year, dateMonth, day);
    return elapsed === null ? null : { numerator: elapsed, denominator: daysInYear(year) };
  }
  if (month === null) return null;
  // Days through the end of the month: 1-6月 = 181 days (182 in a leap year).
  const year = input.year ?? COMMON_YEAR;
  const elapsed = dayOfYear(year, month, lastDayOfMonth(year, month));
  return elapsed === null ? null : { numerator: elapsed, denominator: daysInYear(year) };
}

/** The month a window ends in (for milestone rules): throughMonth, or the cut-off date's month when it is the month's last day, else the month before. */
export function completedMonths(period: MonitoringPeriod): number | null {
  if (period.throughMonth != null) return period.throughMonth;
  const date = period.cutOffDate ? CUT_OFF.exec(period.cutOffDate) : null;
  if (!date) return null;
  const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
  return day === lastDayOfMonth(year, month) ? month : month - 1;
}

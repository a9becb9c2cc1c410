/**
 * The monitoring window as written: "1-6月", "1—8月", "1至7月", "上半年", "截至6月30日",
 * "截至2024年6月30日", "截至8月底", "1月1日至6月30日", "前三季度". Chinese month numerals are read too (一至六月, 截至八月底).
 */
import type { MonitoringPeriod } from '../../core/monitoring/schema.ts';
import { readChineseNumber } from '../text/chinese-numerals.ts';
import { compact } from '../text/normalize.ts';

function toMonth(text: string): number | null {
  const month = /^\d+$/.test(text) ? Number(text) : readChineseNumber(text);
  return month !== null && month >= 1 && month <= 12 ? month : null;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Without a year, 2月29日 may exist: days are checked against a leap year. */
const ANY_LEAP_YEAR = 2024;

const CUT_OFF_DATE = /截[至止](?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/;
// The month in figures or numerals: "截至8月底", "截至八月底".
const CUT_OFF_MONTH_END = /截[至止](?:(\d{4})年)?(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:底|末|份)/;
const MONTH_RANGE = /(?:^|[^\d])(?:1|一)(?:月份?)?[-—–~～至到](\d{1,2}|十[一二]?|[一二三四五六七八九])月/;
const HALF_YEAR = /上半年|半年度/;
/**
 * A window written as a range from the year's first day ("2024年1月1日至6月30日"): its end is the cut-off
 * date. One to 12月31日 is the whole year, a project's period rather than an in-year window.
 */
const FROM_NEW_YEAR = /(?:(\d{4})年)?(?<!\d)1月1日[-—–~～至到](?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/;
/** Quarters gone by: "前三季度" (through September), "截至二季度末"; a quarter ahead ("第四季度支付") is none. */
const QUARTERS = /前([二两三])季度|截[至止]第?([一二三])季度末?/;

/**
 * The window a text names, or null. `year` fills a cut-off date written without one; without
 * any year a cut-off date is kept as text only (the month still gives throughMonth when it is the
 * month's end).
 */
export function findPeriod(text: string, year: number | null): MonitoringPeriod | null {
  const written = compact(text);
  const range = FROM_NEW_YEAR.exec(written);
  // As a cut-off date [written, year, month, day]: the range's year may stand at its start only.
  const date =
    CUT_OFF_DATE.exec(written) ??
    (range && range[3] !== '12' ? [range[0].replace(/^\d{4}年/, ''), range[2] ?? range[1], range[3], range[4]] : null);
  if (date?.[2] && date[3]) {
    const dateYear = date[1] ? Number(date[1]) : year;
    const month = toMonth(date[2]);
    const day = Number(date[3]);
    if (month !== null) {
      const lastDay = new Date(Date.UTC(dateYear ?? ANY_LEAP_YEAR, month, 0)).getUTCDate();
      // A date that does not exist (2月29日 of 2023) is kept as written, not understood.
      if (day < 1 || day > lastDay) return { throughMonth: null, cutOffDate: null, text: date[0] };
      const isMonthEnd = dateYear !== null && lastDay === day;
      return {
        throughMonth: isMonthEnd || (dateYear === null && day >= 30) ? month : null,
        cutOffDate: dateYear === null ? null : `${dateYear}-${pad(month)}-${pad(day)}`,
        text: date[0],
      };
    }
  }
  const monthEnd = CUT_OFF_MONTH_END.exec(written);
  if (monthEnd?.[2]) {
    const month = toMonth(monthEnd[2]);
    if (month !== null) return { throughMonth: month, cutOffDate: null, text: monthEnd[0] };
  }
  const months = MONTH_RANGE.exec(written);
  if (months?.[1]) {
    const month = toMonth(months[1]);
    if (month !== null)
      return { throughMonth: month, cutOffDate: null, text: months[0].replace(/^[^1一]/, '') };
  }
  const half = HALF_YEAR.exec(written);
  if (half) return { throughMonth: 6, cutOffDate: null, text: half[0] };
  const quarters = QUARTERS.exec(written);
  const quarter = toMonth(quarters?.[1] ?? quarters?.[2] ?? '');
  if (quarters && quarter !== null) return { throughMonth: quarter * 3, cutOffDate: null, text: quarters[0] };
  return null;
}

/**
 * Whether `label` names a progress column of a later ('later') or earlier ('earlier') window than
 * `first` ("1—9月完成值" after "1—7月阶段性完成值"); null when either names no window, or the same one
 * (the same heading repeated by a second header row).
 */
export function compareWindows(first: string, label: string): 'later' | 'earlier' | null {
  const before = findPeriod(first, null)?.throughMonth ?? null;
  const after = findPeriod(label, null)?.throughMonth ?? null;
  if (before === null || after === null || before === after) return null;
  return after > before ? 'later' : 'earlier';
}

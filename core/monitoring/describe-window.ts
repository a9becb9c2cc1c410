/** The monitoring window as tables write it: "1-7月", "截至6月30日", or "1-N月" when unknown. */
import type { MonitoringPeriod } from './schema.ts';

export function describeWindow(period: MonitoringPeriod | null | undefined): string {
  if (period?.throughMonth && !period.cutOffDate) return `1-${period.throughMonth}月`;
  const date = period?.cutOffDate ? /^\d{4}-(\d{2})-(\d{2})$/.exec(period.cutOffDate) : null;
  if (date?.[1] && date[2]) return `截至${Number(date[1])}月${Number(date[2])}日`;
  return '1-N月';
}

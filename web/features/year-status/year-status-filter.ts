/**
 * The year view's filters (issue 10), pure so they are tested without a browser: all units, those
 * not yet submitted (a 目标表, 自评表 or 评价报告 outstanding), those with a document returned,
 * those past a deadline; and the name search. 催报 of all counts the same "not submitted" units.
 */
import type { YearUnitStatus } from '../../../contract/year-status.ts';
import { describeChinaDay } from '../../../core/monitoring/overdue.ts';

export const yearStatusFilters = ['all', 'outstanding', 'returned', 'overdue'] as const;
export type YearStatusFilter = (typeof yearStatusFilters)[number];

export const yearStatusFilterNames: Record<YearStatusFilter, string> = {
  all: '全部',
  outstanding: '未提交',
  returned: '已退回',
  overdue: '已逾期',
};

const matchesFilter: Record<YearStatusFilter, (unit: YearUnitStatus) => boolean> = {
  all: () => true,
  outstanding: (unit) => unit.isOutstanding,
  returned: (unit) => unit.isReturned,
  overdue: (unit) => unit.isOverdue,
};

/** The units shown for a filter and a search text (in the unit's or its 主管部门's name). */
export function filterYearUnits(
  units: readonly YearUnitStatus[],
  input: { filter: YearStatusFilter; search: string },
): YearUnitStatus[] {
  const text = input.search.trim();
  return units.filter(
    (unit) =>
      matchesFilter[input.filter](unit) &&
      (text === '' || unit.organisationName.includes(text) || (unit.supervisor ?? '').includes(text)),
  );
}

/** How many units each filter shows (the filter buttons' counts). */
export function countByFilter(units: readonly YearUnitStatus[]): Record<YearStatusFilter, number> {
  return Object.fromEntries(
    yearStatusFilters.map((filter) => [filter, units.filter(matchesFilter[filter]).length]),
  ) as Record<YearStatusFilter, number>;
}

/** Whether the unit was reminded of the year on `now`'s day (China time): the server takes one 催报 a day. */
export function isRemindedToday(unit: YearUnitStatus, now: Date): boolean {
  return unit.lastRemindedAt !== null && describeChinaDay(new Date(unit.lastRemindedAt)) === describeChinaDay(now);
}

/** The units 催报 of all would remind: outstanding, remindable by the viewer, not yet reminded today. */
export function listRemindableUnits(units: readonly YearUnitStatus[], now: Date): YearUnitStatus[] {
  return units.filter((unit) => unit.isOutstanding && unit.canRemind && !isRemindedToday(unit, now));
}

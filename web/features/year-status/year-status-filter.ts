/**
 * The year view's filters (issue 10), applied by the server (issue 14: a province is paged in SQL):
 * their Chinese names, the choices of a document kind's status, and whether a unit was reminded
 * today (its 催报 button hides: the server takes one 催报 a day).
 */
import {
  yearDocumentKinds,
  yearDocumentStatuses,
  type YearStatusFilter,
  type YearUnitStatus,
} from '../../../contract/year-status.ts';
import { documentKindNames } from '../../../core/model.ts';
import { describeChinaDay } from '../../../core/monitoring/overdue.ts';

export const yearStatusFilterNames: Record<YearStatusFilter, string> = {
  all: '全部',
  outstanding: '未提交',
  returned: '已退回',
  overdue: '已逾期',
};

export const yearDocumentStatusNames: Record<(typeof yearDocumentStatuses)[number], string> = {
  missing: '未填报',
  draft: '未提交',
  returned: '已退回',
  'handed-in': '已提交',
};

/** "绩效目标表：未填报"…: a value `kind|status` for one select. */
export const yearKindStatusOptions = yearDocumentKinds.flatMap((kind) =>
  yearDocumentStatuses.map((status) => ({ value: `${kind}|${status}`, label: `${documentKindNames[kind]}：${yearDocumentStatusNames[status]}` })),
);

/** The kind and status a `kind|status` option stands for. */
export function parseKindStatus(value: string | undefined): { kind?: (typeof yearDocumentKinds)[number]; status?: (typeof yearDocumentStatuses)[number] } {
  const [kind, status] = (value ?? '').split('|');
  const isKind = (yearDocumentKinds as readonly string[]).includes(kind ?? '');
  const isStatus = (yearDocumentStatuses as readonly string[]).includes(status ?? '');
  return isKind && isStatus ? { kind: kind as (typeof yearDocumentKinds)[number], status: status as (typeof yearDocumentStatuses)[number] } : {};
}

/** Whether the unit was reminded of the year on `now`'s day (China time): the server takes one 催报 a day. */
export function isRemindedToday(unit: YearUnitStatus, now: Date): boolean {
  return unit.lastRemindedAt !== null && describeChinaDay(new Date(unit.lastRemindedAt)) === describeChinaDay(now);
}

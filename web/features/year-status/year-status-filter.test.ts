import { describe, expect, it } from 'vitest';
import type { YearDocumentStatus, YearUnitStatus } from '../../../contract/year-status.ts';
import { countByFilter, filterYearUnits, listRemindableUnits } from './year-status-filter.ts';

const missing: YearDocumentStatus = { status: 'missing', state: null, stateName: '未填报', documentId: null, dueDate: null, daysOverdue: 0 };
const unit = (name: string, flags: Partial<YearUnitStatus>): YearUnitStatus => ({
  organisationId: name,
  organisationName: name,
  supervisor: '示范县水务局',
  documents: { 'target-table': missing, 'self-evaluation': missing, 'evaluation-report': missing },
  monitoring: null,
  isOutstanding: false,
  isReturned: false,
  isOverdue: false,
  lastRemindedAt: null,
  canRemind: true,
  ...flags,
});

const units = [
  unit('河道管理站', { isOutstanding: true, isOverdue: true }),
  unit('水文站', { isOutstanding: true, isReturned: true }),
  unit('灌区服务中心', {}),
  unit('防汛物资站', { isOutstanding: true, canRemind: false }),
  // Reminded at 08:30 on 3 December in China: not again that day.
  unit('排涝站', { isOutstanding: true, lastRemindedAt: '2026-12-03T00:30:00.000Z' }),
];
const names = (list: readonly YearUnitStatus[]) => list.map((entry) => entry.organisationName);

describe('the year view’s filters', () => {
  it.each([
    ['all', ['河道管理站', '水文站', '灌区服务中心', '防汛物资站', '排涝站']],
    ['outstanding', ['河道管理站', '水文站', '防汛物资站', '排涝站']],
    ['returned', ['水文站']],
    ['overdue', ['河道管理站']],
  ] as const)('shows for %s only the matching units', (filter, expected) => {
    expect(names(filterYearUnits(units, { filter, search: '' }))).toEqual(expected);
  });

  it('searches the unit’s and its 主管部门’s name, ignoring spaces around', () => {
    expect(names(filterYearUnits(units, { filter: 'outstanding', search: ' 站 ' }))).toEqual(['河道管理站', '水文站', '防汛物资站', '排涝站']);
    expect(names(filterYearUnits(units, { filter: 'all', search: '水务局' }))).toHaveLength(5);
    expect(filterYearUnits(units, { filter: 'all', search: '教育' })).toEqual([]);
  });

  it('counts each filter and reminds only outstanding units the viewer may remind, not twice a day', () => {
    expect(countByFilter(units)).toEqual({ all: 5, outstanding: 4, returned: 1, overdue: 1 });
    // 23:59 on 3 December in China: 排涝站 was reminded that day.
    expect(names(listRemindableUnits(units, new Date('2026-12-03T15:59:00.000Z')))).toEqual(['河道管理站', '水文站']);
    // 00:00 on 4 December in China: it may be reminded again.
    expect(names(listRemindableUnits(units, new Date('2026-12-03T16:00:00.000Z')))).toEqual(['河道管理站', '水文站', '排涝站']);
  });
});

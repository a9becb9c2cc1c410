import { describe, expect, it } from 'vitest';
import type { YearDocumentStatus, YearUnitStatus } from '../../../contract/year-status.ts';
import { isRemindedToday, parseKindStatus, yearKindStatusOptions } from './year-status-filter.ts';

const missing: YearDocumentStatus = { status: 'missing', state: null, stateName: '未填报', documentId: null, dueDate: null, daysOverdue: 0 };
const unit = (lastRemindedAt: string | null): YearUnitStatus => ({
  organisationId: '排涝站',
  organisationName: '排涝站',
  supervisor: '示范县水务局',
  documents: { 'target-table': missing, 'self-evaluation': missing, 'evaluation-report': missing },
  monitoring: null,
  isOutstanding: true,
  isReturned: false,
  isOverdue: false,
  lastRemindedAt,
  canRemind: true,
});

describe('the year view’s filters', () => {
  it('offers each kind’s statuses in Chinese and reads a choice back', () => {
    expect(yearKindStatusOptions).toHaveLength(12);
    expect(yearKindStatusOptions[0]).toEqual({ value: 'target-table|missing', label: '绩效目标表：未填报' });
    expect(parseKindStatus('self-evaluation|returned')).toEqual({ kind: 'self-evaluation', status: 'returned' });
    expect(parseKindStatus(undefined)).toEqual({});
    expect(parseKindStatus('monitoring|draft')).toEqual({});
  });

  it('counts a 催报 as today’s by the day in China', () => {
    // Reminded at 08:30 on 3 December in China.
    const reminded = unit('2026-12-03T00:30:00.000Z');
    expect(isRemindedToday(reminded, new Date('2026-12-03T15:59:00.000Z'))).toBe(true);
    // 00:00 on 4 December in China: it may be reminded again.
    expect(isRemindedToday(reminded, new Date('2026-12-03T16:00:00.000Z'))).toBe(false);
    expect(isRemindedToday(unit(null), new Date('2026-12-03T16:00:00.000Z'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { proposeDeadlines } from '../../../core/fiscal-year-deadlines.ts';
import { countDaysBetween, describeDaysLeft, formatToday, listDeadlines } from './deadlines.ts';

/** An open year with the deadlines proposed when a year is added (no monitoring: as before). */
const open = (year: number) => ({ year, deadlines: { ...proposeDeadlines(year), monitoring: null } });

describe('countDaysBetween', () => {
  it.each([
    ['2026-11-27', '2026-11-30', 3],
    ['2026-11-30', '2026-11-30', 0],
    ['2026-12-01', '2026-11-30', -1],
    ['2026-02-28', '2026-03-01', 1],
    ['2028-02-28', '2028-03-01', 2],
    ['2026-03-28', '2026-03-30', 2],
  ])('%s → %s is %i days', (from, to, expected) => expect(countDaysBetween(from, to)).toBe(expected));
});

describe('listDeadlines', () => {
  it('gives next year\'s targets by 30 November and this year\'s self-evaluation by 30 April next year, soonest first', () => {
    expect(listDeadlines({ today: '2026-11-27', openYears: [open(2026), open(2027)] })).toEqual([
      { year: 2027, kind: 'target-table', kindName: '绩效目标表', dueDate: '2026-11-30', daysLeft: 3, isIn: null },
      { year: 2026, kind: 'self-evaluation', kindName: '绩效自评表', dueDate: '2027-04-30', daysLeft: 154, isIn: null },
      { year: 2027, kind: 'self-evaluation', kindName: '绩效自评表', dueDate: '2028-04-30', daysLeft: 520, isIn: null },
    ]);
  });

  it.each([
    ['2026-12-30', true, -30],
    ['2026-12-31', false, null],
  ])('on %s a deadline 30 days past is shown: %s', (today, isShown, daysLeft) => {
    const targets = listDeadlines({ today, openYears: [open(2027)] }).find((deadline) => deadline.kind === 'target-table');
    expect(targets !== undefined).toBe(isShown);
    if (isShown) expect(targets?.daysLeft).toBe(daysLeft);
  });

  it('keeps a unit’s passed deadline, however old, until its document is in', () => {
    const longAfter = listDeadlines({ today: '2027-03-01', openYears: [open(2027)], documentsIn: [] });
    expect(longAfter.find((deadline) => deadline.kind === 'target-table')).toMatchObject({ daysLeft: -91, isIn: false });
    const submitted = listDeadlines({ today: '2027-03-01', openYears: [open(2027)], documentsIn: [{ year: 2027, kind: 'target-table' }] });
    expect(submitted.find((deadline) => deadline.kind === 'target-table')).toBeUndefined();
  });

  it('marks a coming deadline whose document is already in, and does not mix up years or kinds', () => {
    const deadlines = listDeadlines({
      today: '2026-11-01',
      openYears: [open(2027)],
      documentsIn: [{ year: 2026, kind: 'target-table' }, { year: 2027, kind: 'self-evaluation' }],
    });
    expect(deadlines.map((deadline) => [deadline.kind, deadline.isIn])).toEqual([
      ['target-table', false],
      ['self-evaluation', true],
    ]);
  });

  it('lists the dates as stored, with monitoring when set, and skips a kind left empty', () => {
    const deadlines = listDeadlines({
      today: '2027-07-01',
      openYears: [{ year: 2027, deadlines: { 'target-table': null, monitoring: '2027-07-20', 'self-evaluation': '2028-03-15' } }],
    });
    expect(deadlines.map((deadline) => [deadline.kindName, deadline.dueDate, deadline.daysLeft])).toEqual([
      ['绩效监控表', '2027-07-20', 19],
      ['绩效自评表', '2028-03-15', 258],
    ]);
  });

  it('leaves out, for a unit, deadlines that fell before it was set up, unless it has documents of that year', () => {
    const openYears = [open(2026), open(2027)];
    const listed = (unit: { createdAt: string; firstDocumentYear: number | null }) =>
      listDeadlines({ today: '2026-12-05', openYears, documentsIn: [], unit }).map((deadline) => `${deadline.year} ${deadline.kind} ${deadline.daysLeft}`);
    expect(listed({ createdAt: '2026-12-03T01:00:00.000Z', firstDocumentYear: null })).toEqual(['2026 self-evaluation 146', '2027 self-evaluation 512']);
    // Set up on the day of a deadline (23:00 in China): that one is already the unit's.
    expect(listed({ createdAt: '2026-11-30T15:00:00.000Z', firstDocumentYear: null })).toEqual(['2027 target-table -5', '2026 self-evaluation 146', '2027 self-evaluation 512']);
    // A unit loaded with its 2026 documents existed before: 2026's and later deadlines are its own.
    expect(listed({ createdAt: '2026-12-03T01:00:00.000Z', firstDocumentYear: 2026 })).toEqual([
      '2026 target-table -370', '2027 target-table -5', '2026 self-evaluation 146', '2027 self-evaluation 512',
    ]);
  });

  it('gives a unit its monitoring lines from the rounds it has tables in, never from a year with no round', () => {
    const withMonitoring = { year: 2026, deadlines: { 'target-table': null, monitoring: '2026-08-31', 'self-evaluation': null } };
    const round = { year: 2026, deadline: '2026-07-15', periodName: '1-6月', tables: 2, submitted: 1 };
    const listed = (today: string, rounds: { year: number; deadline: string; periodName: string; tables: number; submitted: number }[]) =>
      listDeadlines({ today, openYears: [withMonitoring], documentsIn: [], rounds }).map((deadline) => `${deadline.kindName} ${deadline.dueDate} ${deadline.daysLeft} ${String(deadline.isIn)}`);
    // No round opened: the year's date is a notice while it is coming, and nothing once it has passed.
    expect(listed('2026-08-01', [])).toEqual(['绩效监控表 2026-08-31 30 null']);
    expect(listed('2027-03-01', [])).toEqual([]);
    // A round with a table not in: its own deadline, overdue however long ago; the year's date is not repeated.
    expect(listed('2027-03-01', [round])).toEqual(['绩效监控表（1-6月） 2026-07-15 -229 false']);
    // Every table in: shown as in while coming, gone once passed; a round of another year or with no table of the unit is not the unit's.
    expect(listed('2026-07-01', [{ ...round, submitted: 2 }])).toEqual(['绩效监控表（1-6月） 2026-07-15 14 true']);
    expect(listed('2026-08-01', [{ ...round, submitted: 2 }])).toEqual([]);
    expect(listed('2026-08-01', [{ ...round, year: 2025 }, { ...round, tables: 0, submitted: 0 }])).toEqual(['绩效监控表 2026-08-31 30 null']);
  });

  it('lists nothing without open fiscal years', () => {
    expect(listDeadlines({ today: '2026-11-27', openYears: [] })).toEqual([]);
  });
});

describe('describeDaysLeft', () => {
  it.each([
    [5, '还剩 5 天'],
    [0, '今天截止'],
    [-3, '已逾期 3 天'],
  ])('%i → %s', (days, expected) => expect(describeDaysLeft(days)).toBe(expected));
});

describe('formatToday', () => {
  it('uses the local calendar date with two-digit month and day', () => {
    expect(formatToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

import { describe, expect, test } from 'vitest';
import { proposeDeadlines } from '../fiscal-year-deadlines.ts';
import { countDaysBetween, listDueDates, listNearDeadlines } from './deadline-calendar.ts';

const year2027 = { year: 2027, deadlines: proposeDeadlines(2027) };

describe('deadline calendar (the fiscal years’ stored deadlines)', () => {
  test('lists the dates a year has set, in the order of the cycle, skipping a kind left empty', () => {
    expect(listDueDates({ 'target-table': '2026-11-30', monitoring: null, 'self-evaluation': '2028-04-30' })).toEqual([
      { kind: 'target-table', kindName: '绩效目标表', dueDate: '2026-11-30' },
      { kind: 'self-evaluation', kindName: '绩效自评表', dueDate: '2028-04-30' },
    ]);
  });

  test('counts calendar days across a month end', () => expect(countDaysBetween('2026-11-27', '2026-12-02')).toBe(5));

  test.each([
    ['2026-11-15', []],
    ['2026-11-16', [14]],
    ['2026-11-30', [0]],
    ['2026-12-01', []],
  ] as const)('on %s the 2027 目标表 is near with days left %j (window 14 days, passed ones excluded)', (today, expected) => {
    expect(listNearDeadlines({ today, openYears: [year2027], withinDays: 14 }).map((due) => due.daysLeft)).toEqual(expected);
  });

  test('an edited deadline is the one that counts', () => {
    const moved = { year: 2027, deadlines: { ...proposeDeadlines(2027), 'target-table': '2026-12-10' } };
    expect(listNearDeadlines({ today: '2026-12-01', openYears: [moved], withinDays: 14 }).map((due) => [due.kind, due.daysLeft])).toEqual([
      ['target-table', 9],
    ]);
  });

  test('lists near deadlines of several open years soonest first', () => {
    const near = listNearDeadlines({ today: '2026-04-20', openYears: [year2027, { year: 2025, deadlines: proposeDeadlines(2025) }], withinDays: 14 });
    expect(near.map((due) => [due.year, due.kind])).toEqual([[2025, 'self-evaluation']]);
  });
});

import { describe, expect, test } from 'vitest';
import { countDaysBetween, listDueDates, listNearDeadlines } from './deadline-calendar.ts';

describe('deadline calendar', () => {
  test('a year’s 目标表 is due on 30 November of the year before and its 自评表 on 30 April after', () => {
    expect(listDueDates(2027)).toEqual([
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
    expect(listNearDeadlines({ today, openYears: [2027], withinDays: 14 }).map((due) => due.daysLeft)).toEqual(expected);
  });

  test('lists near deadlines of several open years soonest first', () => {
    const near = listNearDeadlines({ today: '2026-04-20', openYears: [2027, 2025], withinDays: 14 });
    expect(near.map((due) => [due.year, due.kind])).toEqual([[2025, 'self-evaluation']]);
  });
});

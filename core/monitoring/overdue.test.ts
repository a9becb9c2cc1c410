import { describe, expect, it } from 'vitest';
import { countDaysOverdue, describeChinaDay } from './overdue.ts';

describe('countDaysOverdue', () => {
  it.each([
    ['the deadline day itself, morning in China', '2026-06-30T01:00:00.000Z', 0],
    ['the last minute of the deadline day in China', '2026-06-30T15:59:59.999Z', 0],
    ['midnight after the deadline day in China', '2026-06-30T16:00:00.000Z', 1],
    ['the next day', '2026-07-01T10:00:00.000Z', 1],
    ['two days later', '2026-07-02T02:00:00.000Z', 2],
    ['before the deadline', '2026-06-01T00:00:00.000Z', 0],
  ])('counts %s', (_label, now, days) => {
    expect(countDaysOverdue({ deadline: '2026-06-30', now: new Date(now) })).toBe(days);
  });
});

describe('describeChinaDay', () => {
  it.each([
    ['2026-06-30T15:59:59.999Z', '2026-06-30'],
    ['2026-06-30T16:00:00.000Z', '2026-07-01'],
    ['2026-12-31T17:00:00.000Z', '2027-01-01'],
  ])('puts %s on %s in China', (now, day) => {
    expect(describeChinaDay(new Date(now))).toBe(day);
  });
});

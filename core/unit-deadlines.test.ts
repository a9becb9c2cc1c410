import { describe, expect, it } from 'vitest';
import { countUnitDaysOverdue, describeDeadlineOwners, isDeadlineOfUnit } from './unit-deadlines.ts';

/** 2026's 目标表 due 31 May 2026; the clock is 5 June 2026 noon in China, five days past it. */
const deadline = { year: 2026, dueDate: '2026-05-31' };
const now = new Date('2026-06-05T04:00:00.000Z');

describe('isDeadlineOfUnit and countUnitDaysOverdue', () => {
  it.each([
    // set up (ISO instant)          first document year  owed   days overdue
    ['2020-01-05T00:00:00.000Z', null, true, 5],
    ['2026-05-31T01:00:00.000Z', null, true, 5], // on the deadline day, morning in China
    ['2026-05-31T15:59:59.999Z', null, true, 5], // the last minute of the deadline day in China
    ['2026-05-31T16:00:00.000Z', null, false, 0], // midnight after it in China: the deadline had passed
    ['2026-06-05T03:00:00.000Z', null, false, 0], // set up today
    ['2026-06-05T03:00:00.000Z', 2026, true, 5], // set up today with its 2026 documents: it owed them
    ['2026-06-05T03:00:00.000Z', 2024, true, 5], // documents of earlier years: it existed before
    ['2026-06-05T03:00:00.000Z', 2027, false, 0], // only later years' documents: 2026's was not its own
  ] as const)('a unit set up %s with documents from %s owes the deadline: %s, %i days overdue', (createdAt, firstDocumentYear, isOwed, days) => {
    const unit = { createdAt, firstDocumentYear };
    expect(isDeadlineOfUnit({ unit, ...deadline })).toBe(isOwed);
    expect(countUnitDaysOverdue({ unit, ...deadline, now })).toBe(days);
  });

  it.each([
    ['the deadline day itself, evening in China', '2026-05-31T15:59:00.000Z', 0],
    ['midnight after the deadline day in China', '2026-05-31T16:00:00.000Z', 1],
    ['735 days later', '2028-06-04T04:00:00.000Z', 735],
  ])('counts an owed deadline as monitoring rounds do: %s', (_label, clock, days) => {
    const unit = { createdAt: '2026-01-05T00:00:00.000Z', firstDocumentYear: null };
    expect(countUnitDaysOverdue({ unit, ...deadline, now: new Date(clock) })).toBe(days);
  });

  it('gives the rule as data for queries: set up before the end of the deadline day in China, or documents up to the year', () => {
    expect(describeDeadlineOwners(deadline)).toEqual({ createdBefore: '2026-05-31T16:00:00.000Z', documentYearAtMost: 2026 });
  });
});

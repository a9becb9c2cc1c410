import { describe, expect, it } from 'vitest';
import { completedMonths, computeTimeProgress } from './time-progress.ts';

describe('computeTimeProgress', () => {
  it.each([
    [{ throughMonth: 6 }, 'months', 2025, { numerator: 6, denominator: 12 }],
    [{ throughMonth: 6 }, 'days', 2025, { numerator: 181, denominator: 365 }],
    [{ throughMonth: 6 }, 'days', 2024, { numerator: 182, denominator: 366 }],
    [{ throughMonth: 6 }, 'days', null, { numerator: 181, denominator: 365 }],
    [{ cutOffDate: '2024-06-30' }, 'days', 2024, { numerator: 182, denominator: 366 }],
    [{ cutOffDate: '2025-08-31' }, 'months', 2025, { numerator: 8, denominator: 12 }],
    [{ cutOffDate: '2025-08-15' }, 'months', 2025, { numerator: 227, denominator: 365 }],
    [{ cutOffDate: '2025-12-31' }, 'days', 2025, { numerator: 365, denominator: 365 }],
  ] as const)('%j by %s (year %s) → %j', (period, mode, year, expected) => {
    expect(computeTimeProgress({ period, mode, year })).toEqual(expected);
  });

  it('gives null for a window without month or valid date', () => {
    expect(computeTimeProgress({ period: {}, mode: 'months', year: 2025 })).toBeNull();
    expect(
      computeTimeProgress({ period: { cutOffDate: '2025-02-30' }, mode: 'days', year: 2025 }),
    ).toBeNull();
  });
});

describe('completedMonths', () => {
  it.each([
    [{ throughMonth: 8 }, 8],
    [{ cutOffDate: '2025-06-30' }, 6],
    [{ cutOffDate: '2025-07-15' }, 6],
    [{}, null],
  ])('%j → %s', (period, expected) => {
    expect(completedMonths(period)).toBe(expected);
  });
});

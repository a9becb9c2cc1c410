import { describe, expect, it } from 'vitest';
import { computeCompletion, computeEntryStatistics, describeDistribution, readPercentile } from './statistics.ts';

describe('indicator statistics', () => {
  it('reads percentiles by linear interpolation (PERCENTILE.INC)', () => {
    // 1..10: position (n-1)p = 0.9 → 1.9; median position 4.5 → 5.5; p90 position 8.1 → 9.1.
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(readPercentile(sorted, 10)).toBe(1.9);
    expect(readPercentile(sorted, 50)).toBe(5.5);
    expect(readPercentile(sorted, 90)).toBe(9.1);
    expect(readPercentile([], 50)).toBeNull();
    expect(readPercentile([42], 90)).toBe(42);
  });

  it('describes unsorted values', () => {
    expect(describeDistribution([95, 90, 98])).toEqual({ count: 3, p10: 91, median: 95, p90: 97.4 });
  });

  it('computes completion as actual ÷ target, inverted for 反向 and absent for 定性 or missing values', () => {
    expect(computeCompletion({ target: 90, actual: 99 }, 'higher-better')).toBeCloseTo(1.1);
    expect(computeCompletion({ target: 5, actual: 4 }, 'lower-better')).toBeCloseTo(1.25);
    expect(computeCompletion({ target: 0, actual: 3 }, 'higher-better')).toBeNull();
    expect(computeCompletion({ target: 90, actual: null }, 'higher-better')).toBeNull();
    expect(computeCompletion({ target: 90, actual: 95 }, 'qualitative')).toBeNull();
  });

  it('matches a hand-computed set: users, target spread and completion by year', () => {
    const statistics = computeEntryStatistics(
      [
        { organisationId: 'a', year: 2024, target: 90, actual: 92 },
        { organisationId: 'b', year: 2024, target: 95, actual: 95 },
        { organisationId: 'a', year: 2025, target: 92, actual: 96 },
        { organisationId: 'b', year: 2025, target: 96, actual: 90 },
        { organisationId: 'c', year: 2025, target: 98, actual: null },
      ],
      'higher-better',
    );
    expect(statistics.users).toBe(3);
    // targets 90 92 95 96 98: p10 at 0.4 → 90.8; median 95; p90 at 3.6 → 97.2.
    expect(statistics.targets).toEqual({ count: 5, p10: 90.8, median: 95, p90: 97.2 });
    expect(statistics.byYear.map((year) => year.year)).toEqual([2024, 2025]);
    // 2024: 92/90 = 1.0222, 95/95 = 1 → median 1.011.
    expect(statistics.byYear[0]).toMatchObject({ users: 2, targets: { median: 92.5 }, completion: { count: 2, median: 1.011 } });
    // 2025: 96/92 = 1.0435, 90/96 = 0.9375 → median 0.9905; c has no actual.
    expect(statistics.byYear[1]).toMatchObject({ users: 3, targets: { median: 96 }, completion: { count: 2, median: 0.9905 } });
  });
});

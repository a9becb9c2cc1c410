import { describe, expect, it } from 'vitest';
import { describePeers, removeValues } from './peer-statistics.ts';
import { computeCompletion } from './statistics.ts';

// A sector of three units in one year: a 90 → 92, b 95 → 95, c 80 → 88 (targets sorted 80, 90, 95).
const observations = [
  { organisationId: 'a', target: 90, actual: 92 },
  { organisationId: 'b', target: 95, actual: 95 },
  { organisationId: 'c', target: 80, actual: 88 },
];
const sector = {
  users: 3,
  targetValues: [80, 90, 95],
  completionValues: observations.map((row) => computeCompletion(row, 'higher-better')!).sort((x, y) => x - y),
};

describe('peers without the asking unit', () => {
  it.each([
    // unit, peers' targets, median, p10, p90, users
    ['a', 87.5, 81.5, 93.5, 2],
    ['b', 85, 81, 89, 2],
    ['c', 92.5, 90.5, 94.5, 2],
  ] as const)('leaves unit %s out: median %d, p10 %d, p90 %d of %d users', (unit, median, p10, p90, users) => {
    const own = observations.filter((row) => row.organisationId === unit);
    const peers = describePeers(sector, own, 'higher-better');
    expect(peers).toMatchObject({ users, targets: { count: 2, median, p10, p90 } });
  });

  it('keeps every value for a unit with no observation that year', () => {
    expect(describePeers(sector, [], 'higher-better')).toMatchObject({ users: 3, targets: { count: 3, median: 90 } });
  });

  it('takes the unit’s completion out too (c’s 88 of 80 = 1.1)', () => {
    const peers = describePeers(sector, [observations[2]!], 'higher-better');
    // a: 92/90 = 1.0222, b: 95/95 = 1 → median 1.011
    expect(peers?.completion).toMatchObject({ count: 2, median: 1.011 });
  });

  it('answers null when the unit is the only one of its sector', () => {
    expect(describePeers({ users: 1, targetValues: [90], completionValues: [] }, [{ target: 90, actual: null }], 'higher-better')).toBeNull();
  });

  it('removes one occurrence per own value, tolerating digits lost in JSON text', () => {
    expect(removeValues([90, 90, 95], [90])).toEqual([90, 95]);
    expect(removeValues([1.0222222222222221], [1.02222222222222])).toEqual([]);
    expect(removeValues([90, 95], [70])).toEqual([90, 95]);
  });
});

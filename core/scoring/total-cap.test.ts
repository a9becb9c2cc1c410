import { describe, expect, it } from 'vitest';
import { defaultScoringPolicy, executionLinkedTotalCaps, mergePolicy } from './policy.ts';
import { capTotal } from './total-cap.ts';

const capped = mergePolicy(defaultScoringPolicy, { totalCaps: executionLinkedTotalCaps });

describe('execution-linked total caps (70–80% → ≤89, 60–70% → ≤79, <60% → ≤69, <50% → ≤59)', () => {
  it.each([
    [8000, 9500, 9500], // 80% is not capped
    [7999, 9500, 8900],
    [7000, 9500, 8900],
    [6999, 9500, 7900],
    [6000, 9500, 7900],
    [5999, 9500, 6900],
    [5000, 9500, 6900],
    [4999, 9500, 5900],
    [4999, 5000, 5000], // already below the cap
  ])('rate %d hundredths caps %d at %d', (rateUnits, totalUnits, expected) => {
    expect(capTotal({ totalUnits, rateUnits, policy: capped }).units).toBe(expected);
  });

  it('is off by default', () => {
    expect(capTotal({ totalUnits: 9500, rateUnits: 1000, policy: defaultScoringPolicy })).toEqual({
      units: 9500,
      cap: null,
    });
  });

  it('leaves the total alone when the rate is unknown', () => {
    expect(capTotal({ totalUnits: 9500, rateUnits: null, policy: capped }).units).toBe(9500);
  });
});

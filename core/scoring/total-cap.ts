/**
 * Execution-linked caps on the total (some regions): 执行率 70–80% → ≤ 89, 60–70% → ≤ 79,
 * < 60% → ≤ 69, < 50% → ≤ 59. Each cap applies below its rate (80% itself is not capped); when
 * several apply, the lowest wins.
 */
import type { ScoringPolicy, TotalCap } from './policy.ts';
import { toUnits } from './scaled.ts';

/** The total after the policy's execution-linked caps, and the cap that applied (if any). */
export function capTotal(input: { totalUnits: number; rateUnits: number | null; policy: ScoringPolicy }): {
  units: number;
  cap: TotalCap | null;
} {
  const { totalUnits, rateUnits, policy } = input;
  let units = totalUnits;
  let applied: TotalCap | null = null;
  if (rateUnits === null) return { units, cap: null };
  for (const cap of policy.totalCaps) {
    const below = toUnits(cap.below, policy.roundingPlaces);
    const max = toUnits(cap.max, policy.roundingPlaces);
    if (below === null || max === null || rateUnits >= below) continue;
    if (units > max) {
      units = max;
      applied = cap;
    }
  }
  return { units, cap: applied };
}

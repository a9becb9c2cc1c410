/**
 * Peers' statistics without the asking unit (issue 13): a unit's peers are the other units of its
 * sector, so its own targets must not pull the peers' median towards itself. A sector's row keeps
 * every target and completion of that year (sorted values); the unit's own observations of the
 * same year are taken out one by one and the spread is described again.
 */
import type { Direction } from '../model.ts';
import { computeCompletion, describeDistribution, type Distribution, type IndicatorObservation } from './statistics.ts';

/** The values a sector's statistics row keeps (numbers as read from 指标值 / 完成值). */
export interface SectorValues {
  users: number;
  targetValues: readonly number[];
  completionValues: readonly number[];
}

export interface PeerStatistics {
  users: number;
  targets: Distribution;
  completion: Distribution;
}

/** Values stored as JSON text may lose the last digits (SQLite writes 15 significant digits). */
const RELATIVE_TOLERANCE = 1e-9;

function isSameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/** `values` with one occurrence of each of `removed` taken out (a multiset difference). */
export function removeValues(values: readonly number[], removed: readonly number[]): number[] {
  const left = [...values];
  for (const value of removed) {
    const index = left.findIndex((candidate) => isSameValue(candidate, value));
    if (index >= 0) left.splice(index, 1);
  }
  return left;
}

/**
 * The peers' spread: the sector's values less the unit's own observations of that year and
 * sector; null when no other unit is left.
 */
export function describePeers(
  sector: SectorValues,
  own: ReadonlyArray<Pick<IndicatorObservation, 'target' | 'actual'>>,
  direction: Direction,
): PeerStatistics | null {
  const ownTargets = own.flatMap((observation) => (observation.target === null ? [] : [observation.target]));
  const ownCompletions = own.flatMap((observation) => {
    const completion = computeCompletion(observation, direction);
    return completion === null ? [] : [completion];
  });
  const users = sector.users - (own.length > 0 ? 1 : 0);
  if (users <= 0) return null;
  return {
    users,
    targets: describeDistribution(removeValues(sector.targetValues, ownTargets)),
    completion: describeDistribution(removeValues(sector.completionValues, ownCompletions)),
  };
}

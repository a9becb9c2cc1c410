/**
 * A seeded pseudo-random generator (mulberry32) for the province generator: the same seed gives
 * the same province, row for row, on every machine. Math.random is never used here.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  integer(min: number, max: number): number;
  /** True with this probability. */
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A float in [min, max). */
  between(min: number, max: number): number;
}

/** A generator whose whole sequence is decided by `seed` (any 32-bit integer). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  }
  return {
    next,
    integer: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    between: (min, max) => min + next() * (max - min),
  };
}

/** A child generator for one named part (a unit, a document), independent of how many numbers others drew. */
export function deriveRandom(seed: number, ...parts: number[]): Random {
  let hash = seed >>> 0;
  for (const part of parts) hash = Math.imul(hash ^ (part >>> 0), 0x9e3779b1) ^ (hash >>> 13);
  return createRandom(hash);
}

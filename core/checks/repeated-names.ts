/**
 * Which names in a long list repeat an earlier one, and where that one is first. One hash table
 * of a million names was probed at random: each probe missed the cache, and it was the costliest
 * step of checkDuplicateIndicators (bench/analyse.bench.ts). So the
 * positions are first grouped by the high bits of their name's hash (a counting sort, keeping
 * their order), and each group — about a thousand names — gets a small table that stays in cache.
 * Equal names share a hash, so they land in one group, where the earliest comes first.
 */

/** Names per group the tables are sized for: small enough for the processor's cache. */
const GROUP_SIZE = 1024;

/** The repeats, by position: `positions[k]` repeats the name first at `firstPositions[k]`. */
export interface RepeatedNames {
  positions: Int32Array;
  firstPositions: Int32Array;
}

/** The names of a long list as findRepeatedNames reads them. */
export interface NameHashes {
  /** hashName of each position's name; ignored where isNamed is 0. */
  hashes: Int32Array;
  /** 1 where the position has a name to compare, 0 for none (an empty name repeats nothing). */
  isNamed: Uint8Array;
  /** The name at a position, asked only when two hashes agree. */
  nameAt: (position: number) => string;
}

/**
 * Every named position whose name occurred before, in increasing order, with its first
 * position. Names are read only where hashes agree: no array of a million names is built (V8's
 * write barrier made filling one cost more than the search).
 */
export function findRepeatedNames(input: NameHashes): RepeatedNames {
  const { hashes, isNamed } = input;
  const count = hashes.length;
  let bits = 0;
  while (count >>> bits > GROUP_SIZE) bits++;
  const groupOf = (hash: number): number => (bits === 0 ? 0 : hash >>> (32 - bits));
  const groupCount = 1 << bits;
  const groupStarts = new Int32Array(groupCount + 1);
  for (let position = 0; position < count; position++) {
    if (isNamed[position] === 0) continue;
    const group = groupOf(hashes[position] as number);
    groupStarts[group + 1] = (groupStarts[group + 1] as number) + 1;
  }
  let largest = 0;
  for (let group = 0; group < groupCount; group++) {
    largest = Math.max(largest, groupStarts[group + 1] as number);
    groupStarts[group + 1] = (groupStarts[group + 1] as number) + (groupStarts[group] as number);
  }
  const next = groupStarts.slice(0, groupCount);
  const order = new Int32Array(groupStarts[groupCount] as number);
  for (let position = 0; position < count; position++) {
    if (isNamed[position] === 0) continue;
    const group = groupOf(hashes[position] as number);
    order[(next[group] as number)++] = position;
  }
  // One table for every group, cleared between groups: an ArrayBuffer per group cost more than the probes.
  const table = new GroupTable(largest);
  const repeats: number[] = [];
  for (let group = 0; group < groupCount; group++) {
    const start = groupStarts[group] as number;
    const end = groupStarts[group + 1] as number;
    if (end - start < 2) continue;
    table.clear(end - start);
    for (let index = start; index < end; index++) {
      const position = order[index] as number;
      const earlier = table.findOrAdd(position, input);
      if (earlier !== -1) repeats.push(position, earlier);
    }
  }
  return sortByPosition(repeats);
}

/** The (position, first position) pairs in increasing order of position (repeats are few). */
function sortByPosition(pairs: readonly number[]): RepeatedNames {
  const length = pairs.length / 2;
  const indexes = Array.from({ length }, (_, index) => index);
  indexes.sort((a, b) => (pairs[a * 2] as number) - (pairs[b * 2] as number));
  const positions = new Int32Array(length);
  const firstPositions = new Int32Array(length);
  indexes.forEach((pair, index) => {
    positions[index] = pairs[pair * 2] as number;
    firstPositions[index] = pairs[pair * 2 + 1] as number;
  });
  return { positions, firstPositions };
}

/**
 * An open-addressing table (linear probing) over one group's names, two numbers a slot — the
 * position + 1 of the name's first occurrence (0: empty) and its hash, so a probe reads the name
 * only when the hashes agree — reused group after group.
 */
class GroupTable {
  readonly #slots: Int32Array;
  #mask = 0;

  constructor(largestGroup: number) {
    this.#slots = new Int32Array(tableSize(largestGroup) * 2);
  }

  /** Empties the table and sizes it for `groupSize` names (at most half full). */
  clear(groupSize: number): void {
    const size = tableSize(groupSize);
    this.#slots.fill(0, 0, size * 2);
    this.#mask = size - 1;
  }

  /** The first position of the name at `position`; else records it and gives −1. */
  findOrAdd(position: number, names: NameHashes): number {
    const slots = this.#slots;
    const hash = names.hashes[position] as number;
    let slot = hash & this.#mask;
    for (;;) {
      const stored = slots[slot * 2] as number;
      if (stored === 0) {
        slots[slot * 2] = position + 1;
        slots[slot * 2 + 1] = hash;
        return -1;
      }
      if (slots[slot * 2 + 1] === hash && names.nameAt(stored - 1) === names.nameAt(position)) return stored - 1;
      slot = (slot + 1) & this.#mask;
    }
  }
}

function tableSize(names: number): number {
  let size = 16;
  while (size < names * 2) size *= 2;
  return size;
}

/** FNV-1a over the UTF-16 code units (a signed 32-bit integer, as the table stores it). */
export function hashName(name: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < name.length; index++) {
    hash = Math.imul(hash ^ name.charCodeAt(index), 0x01000193);
  }
  return hash | 0;
}

/**
 * The first position of each name in a long list, in one flat table. checkDuplicateIndicators
 * sees a million names, nearly all different: a Map of them grew and rehashed itself twenty times
 * and was the costliest part of the check (bench/analyse.bench.ts). Here the size is known up
 * front, so positions go into one Int32Array (open addressing, linear probing).
 */
export class FirstPositions {
  /**
   * Two numbers per slot: position + 1 of the first occurrence (0: an empty slot) and the name's
   * hash, side by side, so a probe compares hashes in the slot it already read and reaches the
   * name (elsewhere in memory) only when the hashes agree.
   */
  readonly #slots: Int32Array;
  readonly #mask: number;
  /** The name at each recorded position. */
  readonly #names: string[];

  /** A table for up to `capacity` names. */
  constructor(capacity: number) {
    let size = 16;
    // At most half full, so probes stay short.
    while (size < capacity * 2) size *= 2;
    this.#slots = new Int32Array(size * 2);
    this.#mask = size - 1;
    this.#names = new Array<string>(capacity);
  }

  /** The position where `name` was first recorded; else records it at `position` and gives −1. */
  findOrAdd(name: string, position: number): number {
    const slots = this.#slots;
    const hash = hashName(name);
    let slot = hash & this.#mask;
    for (;;) {
      const stored = slots[slot * 2] as number;
      if (stored === 0) {
        slots[slot * 2] = position + 1;
        slots[slot * 2 + 1] = hash;
        this.#names[position] = name;
        return -1;
      }
      if (slots[slot * 2 + 1] === hash && this.#names[stored - 1] === name) return stored - 1;
      slot = (slot + 1) & this.#mask;
    }
  }
}

/** FNV-1a over the UTF-16 code units (a signed 32-bit integer, as the table stores it). */
function hashName(name: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < name.length; index++) {
    hash = Math.imul(hash ^ name.charCodeAt(index), 0x01000193);
  }
  return hash | 0;
}

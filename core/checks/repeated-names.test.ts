import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findRepeatedNames, hashName } from './repeated-names.ts';

function findSlowly(names: readonly string[]): Array<[number, number]> {
  const firstOf = new Map<string, number>();
  const repeats: Array<[number, number]> = [];
  names.forEach((name, position) => {
    if (name === '') return;
    const first = firstOf.get(name);
    if (first === undefined) firstOf.set(name, position);
    else repeats.push([position, first]);
  });
  return repeats;
}

function findQuickly(names: readonly string[]): Array<[number, number]> {
  const hashes = new Int32Array(names.map((name) => hashName(name)));
  const isNamed = new Uint8Array(names.map((name) => (name === '' ? 0 : 1)));
  const { positions, firstPositions } = findRepeatedNames({ hashes, isNamed, nameAt: (position) => names[position] as string });
  return Array.from(positions, (position, index) => [position, firstPositions[index] as number]);
}

describe('findRepeatedNames', () => {
  it('gives each repeat with the first position of its name, in order, skipping empty names', () => {
    expect(findQuickly(['巡逻次数', '培训人次', '', '巡逻次数', '', '培训人次', '巡逻次数'])).toEqual([
      [3, 0],
      [5, 1],
      [6, 0],
    ]);
    expect(findQuickly([])).toEqual([]);
  });

  it('answers as a Map of first positions would, in one group and in many', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 2 }), { maxLength: 4_000 }), (names) => {
        expect(findQuickly(names)).toEqual(findSlowly(names));
      }),
      { numRuns: 60 },
    );
  });

  it('tells apart different names whose hashes collide', () => {
    // Every name hashed to one value: only the names decide.
    const names = ['甲', '乙', '甲', '丙', '乙'];
    const { positions, firstPositions } = findRepeatedNames({
      hashes: new Int32Array(names.length),
      isNamed: new Uint8Array(names.length).fill(1),
      nameAt: (position) => names[position] as string,
    });
    expect([Array.from(positions), Array.from(firstPositions)]).toEqual([
      [2, 4],
      [0, 1],
    ]);
  });
});

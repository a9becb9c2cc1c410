import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FirstPositions } from './first-positions.ts';

describe('FirstPositions', () => {
  it('gives the first position of a repeated name and −1 for a new one', () => {
    const table = new FirstPositions(4);
    expect(table.findOrAdd('巡逻次数', 0)).toBe(-1);
    expect(table.findOrAdd('培训人次', 1)).toBe(-1);
    expect(table.findOrAdd('巡逻次数', 2)).toBe(0);
    expect(table.findOrAdd('巡逻次数', 3)).toBe(0);
  });

  it('answers as a Map of first positions would, full to capacity and with colliding slots', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 200 }), (names) => {
        const table = new FirstPositions(names.length);
        const firstOf = new Map<string, number>();
        names.forEach((name, position) => {
          const expected = firstOf.get(name) ?? -1;
          if (expected === -1) firstOf.set(name, position);
          expect(table.findOrAdd(name, position)).toBe(expected);
        });
      }),
    );
  });
});

/** The summary's unit and project order is the same whatever order the rows came in, ties of the collator included. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames } from './list-summary-rows.ts';

describe('compareNames', () => {
  it('orders Chinese names by the collator', () => {
    expect(['第三中学', '安平县公安局', '北关小学'].sort(compareNames)).toEqual(['安平县公安局', '北关小学', '第三中学']);
  });

  it('orders names the collator ties by their code units', () => {
    expect(new Intl.Collator('zh-CN').compare('', '\b')).toBe(0);
    expect(['\b', ''].sort(compareNames)).toEqual(['', '\b']);
    expect(['', '\b'].sort(compareNames)).toEqual(['', '\b']);
  });

  it('gives one order for any arrival order', () => {
    const name = fc.string({ unit: fc.constantFrom('', '\b', '\u0001', 'a', '甲', '乙', ' ', '\u200b'), maxLength: 3 });
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 8 }), fc.infiniteStream(fc.double()), (names, keys) => {
        const shuffled = names.map((value) => ({ value, key: keys.next().value })).sort((a, b) => a.key - b.key).map((entry) => entry.value);
        expect(shuffled.sort(compareNames)).toEqual([...names].sort(compareNames));
      }),
    );
  });
});

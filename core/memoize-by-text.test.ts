import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { memoizeByText } from './memoize-by-text.ts';

describe('memoizeByText', () => {
  it('works each text out once and answers later calls from memory', () => {
    const asked: string[] = [];
    const length = memoizeByText((text) => {
      asked.push(text);
      return text.length;
    });
    expect([length('产出指标'), length('是'), length('产出指标'), length('是')]).toEqual([4, 1, 4, 1]);
    expect(asked).toEqual(['产出指标', '是']);
  });

  it('remembers answers that are undefined or null', () => {
    let calls = 0;
    const nothing = memoizeByText((): null | undefined => {
      calls++;
      return calls % 2 === 0 ? null : undefined;
    });
    expect([nothing('a'), nothing('a'), nothing('b'), nothing('b')]).toEqual([undefined, undefined, null, null]);
    expect(calls).toBe(2);
  });

  it('starts afresh once it holds `limit` texts, and still answers rightly', () => {
    const asked: string[] = [];
    const upper = memoizeByText((text) => {
      asked.push(text);
      return text.toUpperCase();
    }, 2);
    expect([upper('a'), upper('b'), upper('c'), upper('a'), upper('c')]).toEqual(['A', 'B', 'C', 'A', 'C']);
    // 'c' cleared the cache of 'a' and 'b'; 'a' was worked out again, 'c' was still known.
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });

  it('gives what the function gives, for any texts in any order', () => {
    const compute = (text: string) => `${text.normalize('NFKC').replace(/\s+/g, '')}|${text.length}`;
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 6 }), { maxLength: 60 }), fc.integer({ min: 1, max: 8 }), (texts, limit) => {
        const cached = memoizeByText(compute, limit);
        for (const text of [...texts, ...texts]) expect(cached(text)).toBe(compute(text));
      }),
    );
  });
});

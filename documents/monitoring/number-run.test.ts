import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitNumberRun } from './number-run.ts';

// The pattern number-run.ts replaces, kept only to compare on short generated cells.
// eslint-disable-next-line regexp/no-super-linear-backtracking -- reference pattern, run on cells of at most 14 characters
const OLD_NUMBER_RUN = /^(.*?[^\d\s.,%-])\s+((?:-?[\d,]+(?:\.\d+)?%?\s*)+)$/;

function oldSplit(cell: string): { label: string; numbers: string } | null {
  const match = OLD_NUMBER_RUN.exec(cell);
  if (!match?.[1] || !match[2]) return null;
  return { label: match[1], numbers: match[2] };
}

describe('splitNumberRun', () => {
  it('splits a label from the numbers after it', () => {
    expect(splitNumberRun('年度资金总额 100 20.5 -3 1,200 90%')).toEqual({ label: '年度资金总额', numbers: '100 20.5 -3 1,200 90%' });
    expect(splitNumberRun('资金 1.52.3')).toEqual({ label: '资金', numbers: '1.52.3' });
  });

  it('reads nothing from cells that are not a label and numbers', () => {
    expect(splitNumberRun('资金100')).toBeNull();
    expect(splitNumberRun('100 200')).toBeNull();
    expect(splitNumberRun('资金 1.2.3')).toBeNull();
    expect(splitNumberRun('资金 1 -')).toBeNull();
  });

  it('reads what the old pattern read', () => {
    const character = fc.constantFrom('1', '2', '0', ',', '.', '%', '-', ' ', '\n', '资', 'a');
    fc.assert(
      fc.property(fc.array(character, { maxLength: 14 }), (characters) => {
        const cell = characters.join('');
        expect(splitNumberRun(cell)).toEqual(oldSplit(cell));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a long run of digits that ends badly in linear time', () => {
    const cell = `资金 ${'1'.repeat(100000)}.`;
    const started = performance.now();
    expect(splitNumberRun(cell)).toBeNull();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

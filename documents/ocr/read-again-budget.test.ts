/**
 * A scan's cells are read again (a second tesseract run a page, read-scanned-pdf.ts) only while the time left holds it
 * and a first read of every page still to read: a long scan is read whole rather than stopped at the time limit.
 */
import { describe, expect, it } from 'vitest';
import { mayReadCellsAgain } from './read-scanned-pdf.ts';

describe('mayReadCellsAgain', () => {
  it.each([
    // remaining ms, this page's first read ms, pages after it, read again?
    [20_000, 3_000, 0, true],
    [20_000, 3_000, 5, true],
    [20_000, 3_000, 6, false],
    [2_000, 3_000, 0, false],
    [3_000, 3_000, 0, true],
    [85_000, 6_000, 9, true],
    [25_000, 6_000, 4, false],
  ])('%i ms left, %i ms a page, %i pages after → %s', (remainingMs, pageMs, pagesAfter, expected) => {
    expect(mayReadCellsAgain({ remainingMs, pageMs, pagesAfter })).toBe(expected);
  });
});

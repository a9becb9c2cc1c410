import { describe, expect, it } from 'vitest';
import { nameColumnMinWidth, sheetMinWidth } from './sheet-width.ts';

describe('sheetMinWidth', () => {
  it.each([
    [[44, 90, 100, null, 150], 384 + nameColumnMinWidth],
    [[48, 120, 140, null, 280, 180, 150], 918 + nameColumnMinWidth],
    [[null], nameColumnMinWidth],
  ])('%o → %d', (widths, expected) => {
    expect(sheetMinWidth(widths)).toBe(expected);
  });
});

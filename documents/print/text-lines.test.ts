import { describe, expect, it } from 'vitest';
import { estimateLines, heightForLines, maxLinesPerRow, maxRowHeight, measureCharacter, pointsPerLine } from './text-lines.ts';

describe('measureCharacter', () => {
  it.each([
    ['汉', 2],
    ['，', 2],
    ['。', 2],
    ['（', 2],
    ['“', 2],
    ['A', 1],
    ['7', 1],
    [' ', 1],
    ['%', 1],
  ])('gives %s a width of %i', (character, width) => {
    expect(measureCharacter(character)).toBe(width);
  });
});

describe('estimateLines', () => {
  it('counts one line for empty text and each paragraph from a new line', () => {
    expect(estimateLines('', 20)).toBe(1);
    expect(estimateLines('甲\n乙\n\n丙', 20)).toBe(4);
  });

  it('wraps CJK text at half as many characters as Latin text of the same width', () => {
    // 20 units less the slack of 2 hold 9 CJK characters or 18 Latin ones.
    expect(estimateLines('汉'.repeat(9), 20)).toBe(1);
    expect(estimateLines('汉'.repeat(10), 20)).toBe(2);
    expect(estimateLines('a'.repeat(18), 20)).toBe(1);
    expect(estimateLines('a'.repeat(19), 20)).toBe(2);
  });

  it('measures mixed text character by character', () => {
    // 8 CJK (16 units) + 2 digits = 18 units: one line; one more digit wraps.
    expect(estimateLines('全年检查次数共计36', 20)).toBe(1);
    expect(estimateLines('全年检查次数共计360', 20)).toBe(2);
  });
});

describe('heightForLines', () => {
  it('gives single lines the minimum height, grows per line, and stops at Excel’s cap', () => {
    expect(heightForLines(1)).toBe(20);
    expect(heightForLines(10)).toBe(10 * pointsPerLine + 4);
    expect(heightForLines(maxLinesPerRow)).toBeLessThanOrEqual(maxRowHeight);
    expect(heightForLines(maxLinesPerRow + 1)).toBe(maxRowHeight);
  });
});

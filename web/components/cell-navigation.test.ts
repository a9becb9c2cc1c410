import { describe, expect, it } from 'vitest';
import { findCellAfterMove, readCellMove, type CaretPlace, type CellKey, type GridShape } from './cell-navigation.ts';

const key = (name: string, modifiers: Partial<CellKey> = {}): CellKey => ({
  key: name,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  isComposing: false,
  ...modifiers,
});
const everywhere: CaretPlace = { isAtStart: true, isAtEnd: true, isOnFirstLine: true, isOnLastLine: true };
const inside: CaretPlace = { isAtStart: false, isAtEnd: false, isOnFirstLine: false, isOnLastLine: false };

describe('readCellMove', () => {
  const cases: Array<[string, CellKey, CaretPlace, ReturnType<typeof readCellMove>]> = [
    ['Enter moves down', key('Enter'), inside, { direction: 'vertical', step: 1, wraps: false }],
    ['Shift+Enter moves up', key('Enter', { shiftKey: true }), inside, { direction: 'vertical', step: -1, wraps: false }],
    ['Alt+Enter is a line break in the cell', key('Enter', { altKey: true }), everywhere, null],
    ['Enter while the IME composes belongs to the IME', key('Enter', { isComposing: true }), everywhere, null],
    ['Tab moves right and wraps', key('Tab'), inside, { direction: 'horizontal', step: 1, wraps: true }],
    ['Shift+Tab moves left and wraps', key('Tab', { shiftKey: true }), inside, { direction: 'horizontal', step: -1, wraps: true }],
    ['ArrowRight at the end of the text moves right', key('ArrowRight'), everywhere, { direction: 'horizontal', step: 1, wraps: false }],
    ['ArrowRight inside the text moves the caret', key('ArrowRight'), inside, null],
    ['ArrowLeft at the start moves left', key('ArrowLeft'), everywhere, { direction: 'horizontal', step: -1, wraps: false }],
    ['ArrowDown on the last line moves down', key('ArrowDown'), everywhere, { direction: 'vertical', step: 1, wraps: false }],
    ['ArrowDown above the last line stays in the text', key('ArrowDown'), inside, null],
    ['ArrowUp on the first line moves up', key('ArrowUp'), everywhere, { direction: 'vertical', step: -1, wraps: false }],
    ['Shift+arrow selects text', key('ArrowLeft', { shiftKey: true }), everywhere, null],
    ['Ctrl+arrow jumps words', key('ArrowRight', { ctrlKey: true }), everywhere, null],
    ['a letter is typed', key('a'), everywhere, null],
  ];
  for (const [name, pressed, caret, expected] of cases) {
    it(name, () => expect(readCellMove(pressed, caret)).toEqual(expected));
  }
});

/**
 * Four rows × four columns (一级, 二级, 三级, 指标值); 一级 merged over rows 0–2, 二级 over rows 0–1,
 * so rows 1–2 have no 一级 cell and row 1 no 二级 cell.
 */
const merged: GridShape = (() => {
  const missing = new Set(['1:0', '2:0', '1:1']);
  return {
    hasCell: ({ row, column }) => row >= 0 && row < 4 && column >= 0 && column < 4 && !missing.has(`${row}:${column}`),
    hasRow: (row) => row >= 0 && row < 4,
    lastColumn: 3,
  };
})();
const down = { direction: 'vertical', step: 1, wraps: false } as const;
const up = { direction: 'vertical', step: -1, wraps: false } as const;
const right = { direction: 'horizontal', step: 1, wraps: false } as const;
const left = { direction: 'horizontal', step: -1, wraps: false } as const;
const tab = { direction: 'horizontal', step: 1, wraps: true } as const;
const backTab = { direction: 'horizontal', step: -1, wraps: true } as const;

describe('findCellAfterMove', () => {
  const cases: Array<[string, { row: number; column: number }, Parameters<typeof findCellAfterMove>[1], { row: number; column: number } | null]> = [
    ['down from a merged 一级 skips the rows it covers', { row: 0, column: 0 }, down, { row: 3, column: 0 }],
    ['up into a merged 一级 lands on it', { row: 3, column: 0 }, up, { row: 0, column: 0 }],
    ['down in 三级指标 goes one row', { row: 1, column: 2 }, down, { row: 2, column: 2 }],
    ['down from the last row stays', { row: 3, column: 2 }, down, null],
    ['up from the first row stays', { row: 0, column: 3 }, up, null],
    ['left from a row under a merged 二级 lands on the merged cell', { row: 1, column: 2 }, left, { row: 0, column: 1 }],
    ['left from a 二级 under a merged 一级 lands on the 一级', { row: 2, column: 1 }, left, { row: 0, column: 0 }],
    ['right along the row', { row: 2, column: 2 }, right, { row: 2, column: 3 }],
    ['right at the row end stays', { row: 2, column: 3 }, right, null],
    ['Tab at the row end wraps to the next row’s first own cell', { row: 0, column: 3 }, tab, { row: 1, column: 2 }],
    ['Shift+Tab at the row start wraps to the row above’s last cell', { row: 3, column: 0 }, backTab, { row: 2, column: 3 }],
    ['Tab at the grid’s last cell leaves the grid', { row: 3, column: 3 }, tab, null],
  ];
  for (const [name, from, move, expected] of cases) {
    it(name, () => expect(findCellAfterMove(from, move, merged)).toEqual(expected));
  }
});

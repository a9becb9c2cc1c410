/**
 * Spreadsheet keys in the editors' tables (Excel/WPS habits): Enter moves down (Shift+Enter up),
 * Tab moves right (Shift+Tab left) and wraps to the next row, arrows move between cells when the
 * caret is at the edge of the text (so arrows still move inside a cell's text), Alt+Enter is a line
 * break inside a cell. A merged cell (一级/二级 with rowSpan) is found from any row it covers.
 * Cells carry data-cell="<table>:<row>:<column>"; the model is pure, the handler reads the DOM.
 */
import type { KeyboardEvent } from 'react';

export function toCellId(input: { table: string; row: number; column: number }): string {
  return `${input.table}:${input.row}:${input.column}`;
}

export interface CellPosition {
  row: number;
  column: number;
}

/** Where the caret is in the cell's text: arrows leave the cell only from its edge. */
export interface CaretPlace {
  isAtStart: boolean;
  isAtEnd: boolean;
  isOnFirstLine: boolean;
  isOnLastLine: boolean;
}

export interface CellKey {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  isComposing: boolean;
}

type Step = { direction: 'vertical' | 'horizontal'; step: -1 | 1; wraps: boolean };

/** The move a key asks for from a cell, or null when the key belongs to the cell (or the browser). */
export function readCellMove(key: CellKey, caret: CaretPlace): Step | null {
  if (key.isComposing || key.ctrlKey || key.metaKey) return null;
  if (key.key === 'Enter') return key.altKey ? null : { direction: 'vertical', step: key.shiftKey ? -1 : 1, wraps: false };
  if (key.altKey) return null;
  if (key.key === 'Tab') return { direction: 'horizontal', step: key.shiftKey ? -1 : 1, wraps: true };
  if (key.shiftKey) return null; // Shift+arrow selects text.
  switch (key.key) {
    case 'ArrowDown':
      return caret.isOnLastLine ? { direction: 'vertical', step: 1, wraps: false } : null;
    case 'ArrowUp':
      return caret.isOnFirstLine ? { direction: 'vertical', step: -1, wraps: false } : null;
    case 'ArrowRight':
      return caret.isAtEnd ? { direction: 'horizontal', step: 1, wraps: false } : null;
    case 'ArrowLeft':
      return caret.isAtStart ? { direction: 'horizontal', step: -1, wraps: false } : null;
    default:
      return null;
  }
}

export interface GridShape {
  /** True when the table has an editable cell there (a row covered by a merged cell has none). */
  hasCell: (position: CellPosition) => boolean;
  /** True when the table has a row with that number (any editable cell in it). */
  hasRow: (row: number) => boolean;
  /** The highest column number a row can have. */
  lastColumn: number;
}

/** The cell a move leads to from `from`, or null at the edge of the grid. */
export function findCellAfterMove(from: CellPosition, move: Step, grid: GridShape): CellPosition | null {
  if (move.direction === 'vertical') {
    // Down from a merged cell skips the rows it covers; up into one lands on it.
    for (let row = from.row + move.step; row >= 0 && grid.hasRow(row); row += move.step) {
      if (grid.hasCell({ row, column: from.column })) return { row, column: from.column };
    }
    return null;
  }
  for (let column = from.column + move.step; column >= 0 && column <= grid.lastColumn; column += move.step) {
    const cell = findMergedOwner({ row: from.row, column }, grid);
    if (cell) return cell;
  }
  if (!move.wraps) return null;
  // Tab past the row's end goes to the next row's first cell of its own (merged 一级/二级 stay behind).
  const row = from.row + move.step;
  if (row < 0 || !grid.hasRow(row)) return null;
  const columns = Array.from({ length: grid.lastColumn + 1 }, (_, index) => index);
  if (move.step < 0) columns.reverse();
  const column = columns.find((index) => grid.hasCell({ row, column: index }));
  return column === undefined ? null : { row, column };
}

/** The cell at a position, or the merged cell above that covers it. */
function findMergedOwner(position: CellPosition, grid: GridShape): CellPosition | null {
  for (let row = position.row; row >= 0; row -= 1) {
    if (grid.hasCell({ row, column: position.column })) return { row, column: position.column };
  }
  return null;
}

function readCaret(element: HTMLElement): CaretPlace {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) || element.selectionStart === null) {
    return { isAtStart: true, isAtEnd: true, isOnFirstLine: true, isOnLastLine: true };
  }
  const { value, selectionStart: start, selectionEnd: end } = element;
  const isCollapsed = start === end;
  return {
    isAtStart: isCollapsed && start === 0,
    isAtEnd: isCollapsed && end === value.length,
    isOnFirstLine: !value.slice(0, start).includes('\n'),
    isOnLastLine: !value.slice(end ?? start).includes('\n'),
  };
}

function cellSelector(table: string, suffix: string): string {
  return `[data-cell${suffix.endsWith(':') ? '^' : ''}="${table}:${suffix}"]`;
}

export function handleCellKeyDown(event: KeyboardEvent<HTMLElement>): void {
  const element = event.currentTarget;
  const cellId = element.getAttribute('data-cell');
  if (!cellId) return;
  const [table, row, column] = cellId.split(':');
  if (table === undefined || row === undefined || column === undefined) return;
  const move = readCellMove(
    {
      key: event.key,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      isComposing: event.nativeEvent.isComposing,
    },
    readCaret(element),
  );
  if (!move) return;
  const scope = element.ownerDocument;
  const find = (suffix: string) => scope.querySelector<HTMLElement>(cellSelector(table, suffix));
  const cells = Array.from(scope.querySelectorAll<HTMLElement>(`[data-cell^="${table}:"]`));
  const lastColumn = Math.max(0, ...cells.map((cell) => Number(cell.getAttribute('data-cell')!.split(':')[2])));
  const target = findCellAfterMove({ row: Number(row), column: Number(column) }, move, {
    hasCell: (position) => find(`${position.row}:${position.column}`) !== null,
    hasRow: (index) => find(`${index}:`) !== null,
    lastColumn,
  });
  // Enter never submits or breaks the line; Tab at the grid's edge leaves it as the browser does.
  if (!target) {
    if (event.key === 'Enter') event.preventDefault();
    return;
  }
  event.preventDefault();
  const next = find(`${target.row}:${target.column}`);
  next?.focus();
  if (next instanceof HTMLInputElement || next instanceof HTMLTextAreaElement) next.select();
}

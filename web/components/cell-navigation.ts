/**
 * Spreadsheet-like keys in editable tables (issue 4 "Keyboard use"): Tab moves along the row
 * (the browser's own order), Enter moves down to the same column, Shift+Enter moves up.
 * Cells carry data-cell="<table>:<row>:<column>".
 */
import type { KeyboardEvent } from 'react';

export function toCellId(input: { table: string; row: number; column: number }): string {
  return `${input.table}:${input.row}:${input.column}`;
}

/** The cell id Enter/Shift+Enter leads to from `cellId`. */
export function findNextCellId(cellId: string, isBackward: boolean): string | null {
  const [table, row, column] = cellId.split(':');
  if (table === undefined || row === undefined || column === undefined) return null;
  const nextRow = Number(row) + (isBackward ? -1 : 1);
  return nextRow < 0 ? null : `${table}:${nextRow}:${column}`;
}

export function handleCellKeyDown(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
  const cellId = event.currentTarget.getAttribute('data-cell');
  if (!cellId) return;
  const nextId = findNextCellId(cellId, event.shiftKey);
  const next = nextId ? document.querySelector<HTMLElement>(`[data-cell="${nextId}"]`) : null;
  event.preventDefault();
  next?.focus();
}

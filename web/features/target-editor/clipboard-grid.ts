/**
 * A block of cells as Excel and WPS put it on the clipboard (text/plain): cells separated by tabs,
 * rows by CRLF (LF or CR accepted), a trailing line break after the last row, and a cell that holds
 * a line break, a tab or a quote written in double quotes with inner quotes doubled. Pure, so the
 * paste preview and its tests share it.
 */

/** The cells of a pasted block, row by row (rows may be ragged when the text was typed by hand). */
export type ClipboardGrid = string[][];

const QUOTE = '"';

/** Reads clipboard text into rows of cells; empty text is no rows. Never throws. */
export function parseClipboardGrid(text: string): ClipboardGrid {
  if (text === '') return [];
  // Excel ends the block with one line break; the row after it is not a row.
  const body = text.endsWith('\r\n') ? text.slice(0, -2) : /[\r\n]$/.test(text) ? text.slice(0, -1) : text;
  const rows: ClipboardGrid = [];
  let row: string[] = [];
  let index = 0;
  for (;;) {
    const cell = readCell(body, index);
    row.push(cell.value);
    index = cell.end;
    if (index >= body.length) break;
    const separator = body[index];
    if (separator === '\t') {
      index += 1;
      continue;
    }
    // A row break: CRLF, LF or a lone CR.
    index += separator === '\r' && body[index + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
  }
  rows.push(row);
  return rows;
}

/** One cell starting at `start`; `end` is the index of the separator after it (or the text's end). */
function readCell(text: string, start: number): { value: string; end: number } {
  if (text[start] === QUOTE) {
    const quoted = readQuotedCell(text, start);
    if (quoted) return quoted;
  }
  let end = start;
  while (end < text.length && text[end] !== '\t' && text[end] !== '\n' && text[end] !== '\r') end += 1;
  return { value: text.slice(start, end), end };
}

/**
 * A quoted cell, or null when the quotes do not close right before a separator (a cell that merely
 * starts with a quote mark, typed by hand): then the cell is read as plain text.
 */
function readQuotedCell(text: string, start: number): { value: string; end: number } | null {
  let value = '';
  let index = start + 1;
  while (index < text.length) {
    const character = text[index]!;
    if (character !== QUOTE) {
      value += character;
      index += 1;
      continue;
    }
    if (text[index + 1] === QUOTE) {
      value += QUOTE;
      index += 2;
      continue;
    }
    const next = text[index + 1];
    return next === undefined || next === '\t' || next === '\n' || next === '\r' ? { value, end: index + 1 } : null;
  }
  return null;
}

/** Writes cells the way Excel copies them (the inverse of parseClipboardGrid). */
export function serializeClipboardGrid(grid: ClipboardGrid): string {
  return grid.map((row) => row.map(quoteCell).join('\t') + '\r\n').join('');
}

function quoteCell(cell: string): string {
  return /[\t\r\n"]/.test(cell) ? `${QUOTE}${cell.replaceAll(QUOTE, QUOTE + QUOTE)}${QUOTE}` : cell;
}

/** True when pasted text is a block of cells (more than one cell), not a single value for one cell. */
export function isCellBlock(text: string): boolean {
  const grid = parseClipboardGrid(text);
  return grid.length > 1 || (grid[0]?.length ?? 0) > 1;
}

/**
 * Text layout families: how a Sheet comes out of a web page, PDF or Word copy — cells separated by
 * tabs, by pipes, by runs of spaces (empty cells vanish), one cell per line, or at fixed columns as
 * a PDF's text in layout mode (pdftotext -layout: empty cells are wider gaps), or the whole document
 * on one line with single spaces (a document site's text of a Word file) — optionally in
 * traditional characters (opencc-js, cn → tw).
 */
import * as OpenCC from 'opencc-js';
import { plainRows } from './dense-grid.ts';
import type { Sheet } from './sheet.ts';

export const textLayoutFamilies = ['tabs', 'pipes', 'spaces', 'cell-per-line', 'fixed-width', 'one-line'] as const;
export type TextLayoutFamily = (typeof textLayoutFamilies)[number];

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Display width in a fixed-width dump: CJK and full-width characters take two columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(character) ? 2 : 1;
  return width;
}

/** A cell this long is prose written across the page, not a column's width. */
const MAX_COLUMN_WIDTH = 24;

/** Each cell at its column's start; a cell running past it pushes the next by two spaces. */
function renderFixedWidth(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      const width = displayWidth(cell);
      if (width <= MAX_COLUMN_WIDTH) widths[column] = Math.max(widths[column] ?? 4, width);
    });
  }
  const starts = widths.map((_, column) => widths.slice(0, column).reduce((sum, width) => sum + (width ?? 4) + 3, 0));
  return rows.map((row) => {
    let line = '';
    row.forEach((cell, column) => {
      if (cell.trim() === '') return;
      const at = Math.max(starts[column] ?? 0, line === '' ? 0 : displayWidth(line) + 2);
      line += ' '.repeat(Math.max(0, at - displayWidth(line))) + cell;
    });
    return line;
  });
}

function renderRows(rows: string[][], family: TextLayoutFamily): string[] {
  switch (family) {
    case 'tabs':
      return rows.map((row) => row.join('\t'));
    case 'pipes':
      return rows.map((row) => `| ${row.join(' | ')} |`);
    case 'spaces':
      return rows.map((row) => row.filter((cell) => cell.trim() !== '').join('    '));
    case 'cell-per-line':
      return rows.flatMap((row) => row.filter((cell) => cell.trim() !== ''));
    case 'fixed-width':
      return renderFixedWidth(rows);
    case 'one-line':
      return [rows.flatMap((row) => row.filter((cell) => cell.trim() !== '')).join(' ')];
  }
}

/** The sheet as a text dump in one family. */
export function renderText(sheet: Sheet, family: TextLayoutFamily, options: { isTraditional?: boolean } = {}): string {
  // One line: a Word table's text saved by a document site, title and table run together with single spaces.
  const text = [...sheet.before, ...renderRows(plainRows(sheet.grid), family)].join(family === 'one-line' ? ' ' : '\n');
  return options.isTraditional ? toTraditional(text) : text;
}

/**
 * Test helpers for the lattice readers: text items and a table's ruling lines written by hand, as
 * pdf.js gives them (page coordinates, y up from the page's foot).
 */
import type { PdfTextItem } from './read-pdf.ts';
import { joinRulingLines, type RulingLines } from './ruling-lines.ts';

/** A CJK item: 10 points a character, baseline y. */
export const item = (text: string, x: number, y: number): PdfTextItem => ({
  text,
  x,
  y,
  width: [...text].length * 10,
  height: 10,
});

/** A text item as pdf.js gives it from a proportional font: a CJK character one em (10 points) wide, an ASCII one half. */
export const proportionalItem = (text: string, x: number, y: number): PdfTextItem => ({
  text,
  x,
  y,
  width: [...text].reduce((sum, character) => sum + (/[\x20-\x7e]/.test(character) ? 5 : 10), 0),
  height: 10,
});

/** Borders of a table: row borders (top to bottom) and column borders, every one drawn whole but those in `gaps`. */
export function borders(
  rows: number[],
  columns: number[],
  gaps: { vertical?: Array<[number, number]>; horizontal?: Array<[number, number]> } = {},
): RulingLines {
  const lines: RulingLines = { horizontal: [], vertical: [] };
  rows.forEach((y, rowIndex) => {
    columns.slice(0, -1).forEach((left, columnIndex) => {
      const isGap = gaps.horizontal?.some(([row, column]) => row === rowIndex && column === columnIndex);
      if (!isGap) lines.horizontal.push({ y, left, right: columns[columnIndex + 1]! });
    });
  });
  columns.forEach((x, columnIndex) => {
    rows.slice(0, -1).forEach((top, rowIndex) => {
      const isGap = gaps.vertical?.some(([column, row]) => column === columnIndex && row === rowIndex);
      if (!isGap) lines.vertical.push({ x, top, bottom: rows[rowIndex + 1]! });
    });
  });
  return joinRulingLines(lines);
}

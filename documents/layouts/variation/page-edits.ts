/**
 * Edits a printed page makes to a table's rows (documents/layouts/variation/edits.ts): a page
 * break inside the indicator table with the page's number on a line of its own, the header rows
 * repeated on the next page (Word's "repeat header rows", kept by a PDF's text), and an empty line
 * between every two rows (a web page that puts each row in a paragraph). Only dumps with one table
 * row per line (table-lines.ts); others come back unchanged.
 */
import { findIndicatorTable, findPageBreakRow, headerLinesOf, isHeaderLine } from './table-lines.ts';

/** The page number lines a PDF's text keeps, as pairs (the break's, the last page's). */
export const pageNumberLines = {
  ofTotal: ['第 1 页 共 2 页', '第 2 页 共 2 页'],
  dashed: ['- 1 -', '- 2 -'],
} as const;

function breakPage(text: string, numbers: readonly [string, string], repeatHeader: boolean): string {
  const lines = text.split('\n');
  const table = findIndicatorTable(lines);
  // Pipe rows are a web page's table: no printed page repeats its header.
  if (!table || (repeatHeader && table.separator === 'pipe')) return text;
  const row = findPageBreakRow(table);
  if (row === null) return text;
  // The header of the table the break falls in (a document may hold two: 长期 and 年度 indicators).
  const headerLine = lines.slice(0, row).findLastIndex(isHeaderLine);
  const header = repeatHeader ? headerLinesOf(lines, headerLine).map((index) => lines[index] as string) : [];
  const edited = [...lines.slice(0, row + 1), '', numbers[0], '', ...header, ...lines.slice(row + 1)];
  return `${edited.join('\n').trimEnd()}\n\n${numbers[1]}\n`;
}

/** A page break inside the indicator table, "第 1 页 共 2 页" under its last row and the next page's number at the end. */
export function withPageNumbers(text: string): string {
  return breakPage(text, pageNumberLines.ofTotal, false);
}

/**
 * The same break with the header rows repeated at the top of the next page, numbered "- 1 -" (a PDF
 * or a Word file's text: tabs and spaces, not a web page's pipe rows).
 */
export function withHeaderRepeatedAfterPageBreak(text: string): string {
  return breakPage(text, pageNumberLines.dashed, true);
}

/** An empty line between every two lines of a dump whose table rows are adjacent lines. */
export function withBlankLineBetweenRows(text: string): string {
  const lines = text.split('\n');
  const table = findIndicatorTable(lines);
  if (!table) return text;
  // A table that already has blank lines between its rows gives them a meaning of their own.
  const rows = lines.slice(table.headerLines[0], (table.indicatorRows.at(-1) as number) + 1);
  if (rows.some((line) => line.trim() === '')) return text;
  const edited: string[] = [];
  lines.forEach((line, index) => {
    edited.push(line);
    const next = lines[index + 1];
    if (next !== undefined && line.trim() !== '' && next.trim() !== '') edited.push('');
  });
  return edited.join('\n');
}

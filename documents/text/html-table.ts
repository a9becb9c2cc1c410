/**
 * A table written as HTML inside a text dump: PDF-to-Markdown converters (MinerU, marker, docling's
 * HTML export) and some document sites write every table with merged cells as
 * `<table><tr><td rowspan="2">…</td><td colspan="3">…</td></tr>…</table>`, often the whole table on
 * one line, because a Markdown pipe table cannot merge cells. Stripping the tags would run every
 * cell together; instead each `<tr>` becomes a tab row with the places a merge covers left empty,
 * the form a spreadsheet's tab dump has, so the one table reader sees the grid the file knew.
 */
import { joinWrappedPieces } from '../grid/cell-text.ts';

/** The tags that shape a table; anything else inside a cell is markup of its text. */
const TABLE_TAG = /<(\/?)(table|tr|td|th)\b([^<>]{0,400})>/gi;
/** A merge's extent in a cell's attributes: `rowspan="3"`, `colspan=2`. */
const SPAN_ATTRIBUTE = (name: string) => new RegExp(`${name}\\s*=\\s*["']?(\\d{1,3})`, 'i');
const ROWSPAN = SPAN_ATTRIBUTE('rowspan');
const COLSPAN = SPAN_ATTRIBUTE('colspan');
/** A merge larger than any real table is debris, not a span (keeps the grid small). */
const MAX_SPAN = 200;

interface HtmlCell {
  text: string;
  rowSpan: number;
  colSpan: number;
}

/** Whether the text holds an HTML table at all (one scan). */
export function hasHtmlTable(text: string): boolean {
  return /<table[\s>]/i.test(text);
}

function spanOf(attributes: string, pattern: RegExp): number {
  // Digits a page wrote full-width (rowspan="２") count as digits.
  const match = pattern.exec(attributes.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)));
  const span = match ? Number(match[1]) : 1;
  return span >= 1 && span <= MAX_SPAN ? span : 1;
}

/** A cell's text: its inner markup dropped, line breaks joined (CJK runs on, Latin words keep a space). */
function cellText(html: string): string {
  const parts = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^<>]{0,400}>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((part) => part.replace(/[\t ]+/g, ' ').trim())
    .filter((part) => part !== '');
  return joinWrappedPieces(parts);
}

/** The rows of one table's inner HTML, each a list of cells with their spans. */
function parseRows(html: string): HtmlCell[][] {
  const rows: HtmlCell[][] = [];
  let row: HtmlCell[] | undefined;
  let cellStart = -1;
  let cellAttributes = '';
  const closeCell = (end: number) => {
    if (cellStart < 0) return;
    (row ??= []).push({
      text: cellText(html.slice(cellStart, end)),
      rowSpan: spanOf(cellAttributes, ROWSPAN),
      colSpan: spanOf(cellAttributes, COLSPAN),
    });
    cellStart = -1;
  };
  const closeRow = (end: number) => {
    closeCell(end);
    if (row) rows.push(row);
    row = undefined;
  };
  for (const match of html.matchAll(TABLE_TAG)) {
    const [tag, closing = '', name = '', attributes = ''] = match;
    const at = match.index;
    const lowerName = name.toLowerCase();
    if (lowerName === 'tr') {
      closeRow(at);
      if (!closing) row = [];
    } else if (lowerName === 'td' || lowerName === 'th') {
      // A cell closes at its end tag, or at the next cell where the end tag was left out.
      closeCell(at);
      if (!closing) {
        cellStart = at + tag.length;
        cellAttributes = attributes;
      }
    }
  }
  closeRow(html.length);
  return rows;
}

/**
 * How many grid places the merges of one table may cover in all: far above a real table (a 自评表 is
 * some 40 × 12), so a hostile page of cells each merged 200 × 200 cannot make a grid of millions.
 */
const MAX_GRID_PLACES = 100_000;

/** The grid of the rows: a merged cell's text in its top-left place, the places it covers empty. */
function toGrid(parsedRows: HtmlCell[][]): string[][] {
  let places = 0;
  for (const cells of parsedRows) for (const cell of cells) places += cell.rowSpan * cell.colSpan;
  // Past the bound the merges are debris: each cell takes one place.
  const rows = places <= MAX_GRID_PLACES ? parsedRows : parsedRows.map((cells) => cells.map((cell) => ({ ...cell, rowSpan: 1, colSpan: 1 })));
  const grid: string[][] = rows.map(() => []);
  const taken: boolean[][] = rows.map(() => []);
  rows.forEach((cells, rowIndex) => {
    let column = 0;
    for (const cell of cells) {
      while (taken[rowIndex]?.[column]) column += 1;
      for (let down = 0; down < cell.rowSpan && rowIndex + down < rows.length; down += 1) {
        const takenRow = taken[rowIndex + down] as boolean[];
        const gridRow = grid[rowIndex + down] as string[];
        for (let across = 0; across < cell.colSpan; across += 1) {
          takenRow[column + across] = true;
          gridRow[column + across] = down === 0 && across === 0 ? cell.text : '';
        }
      }
      column += cell.colSpan;
    }
  });
  return grid.map((cells) => Array.from(cells, (cell) => cell ?? ''));
}

/** One tab row per table row; trailing empty places (a merge to the right edge) are dropped. */
function tabRows(grid: string[][]): string {
  return grid
    .map((cells) => {
      let end = cells.length;
      while (end > 0 && cells[end - 1] === '') end -= 1;
      return cells.slice(0, end).join('\t');
    })
    .filter((row) => row !== '')
    .join('\n');
}

/** A text with its tables as tab rows, and the 1-based source line each of its lines came from. */
export interface TabRowsText {
  text: string;
  /** sourceLines[i] is the line of the given text that line i + 1 of `text` was made from. */
  sourceLines: number[];
}

const countLineBreaks = (text: string): number => (text.match(/\n/g) ?? []).length;

/**
 * The text with every HTML table replaced by tab rows on lines of their own (text before and after
 * a table on its line stays on its own lines), saying which source line each line came from: a table
 * a converter wrote on one line becomes many, and the lines after it must still name the source's
 * lines (a finding's 第N行). A table's rows name the line its `<table>` tag stands on. Tags outside
 * tables are left to the line normaliser.
 */
export function htmlTablesToTabRowsWithSources(text: string): TabRowsText {
  const sourceLines: number[] = [];
  let sourceLine = 1;
  /** Appends a piece of source text kept as it is: its lines name themselves. */
  const keep = (piece: string) => {
    const breaks = countLineBreaks(piece);
    for (let line = 0; line < breaks; line += 1) sourceLines.push(sourceLine + line);
    sourceLine += breaks;
  };
  if (!hasHtmlTable(text)) {
    keep(text);
    sourceLines.push(sourceLine);
    return { text, sourceLines };
  }
  let result = '';
  let position = 0;
  const lower = text.toLowerCase();
  for (;;) {
    const start = lower.indexOf('<table', position);
    if (start < 0) break;
    const openEnd = lower.indexOf('>', start);
    if (openEnd < 0) break;
    const close = lower.indexOf('</table', openEnd);
    const end = close < 0 ? text.length : lower.indexOf('>', close) + 1 || text.length;
    const rows = tabRows(toGrid(parseRows(text.slice(openEnd + 1, close < 0 ? text.length : close))));
    const before = text.slice(position, start);
    keep(before);
    // The line the table opens on ends before it; its rows, then the text after it, name that line.
    sourceLines.push(sourceLine);
    for (let row = 0; row < countLineBreaks(rows) + 1; row += 1) sourceLines.push(sourceLine);
    sourceLine += countLineBreaks(text.slice(start, end));
    result += `${before}\n${rows}\n`;
    position = end;
  }
  keep(text.slice(position));
  sourceLines.push(sourceLine);
  return { text: result + text.slice(position), sourceLines };
}

/** The text with every HTML table replaced by tab rows on lines of their own (htmlTablesToTabRowsWithSources). */
export function htmlTablesToTabRows(text: string): string {
  return htmlTablesToTabRowsWithSources(text).text;
}

/**
 * The grid of a web page (.html, .htm, a .mht's page, and the HTML tables many systems download as .xls): its tables'
 * cells with their rowspan/colspan as grid spans, its paragraphs as one-cell rows, so a merged 一级 or
 * 权重 is one cell over its rows as in a .docx (from-docx.ts), not a blank the text reader must guess.
 * The page is parsed as read-html.ts parses it (the same blocks, form fields' values included); that
 * reader has checked the page's size and cell count before this runs.
 */
import { parseHtmlBlocks, decodeHtmlBytes } from '../html/read-html.ts';
import type { Block } from '../docx/read-docx.ts';
import { boundSpan, MAX_COLUMN_SPAN, MAX_COLUMNS, MAX_ROW_SPAN, type Grid, type GridCell, type GridRow } from './grid.ts';

/** The blocks of a page as one grid: each table's rows with their spans placed, each paragraph a row of one cell. */
export function gridOfHtmlBlocks(blocks: readonly Block[]): Grid {
  const rows: GridRow[] = [];
  let table = 0;
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const text = block.text.trim();
      if (text !== '') rows.push({ cells: [{ column: 0, text, rowSpan: 1, colSpan: 1, source: {} }], source: {} });
      continue;
    }
    table += 1;
    // A spreadsheet's table is its sheet, named as the clerk named it.
    const sheet = block.name ?? `表格${table}`;
    // Positions a cell of a row above still covers, by row (of this table) and column.
    const covered: Array<Set<number>> = [];
    block.rows.forEach((htmlRow, rowIndex) => {
      const taken = (covered[rowIndex] ??= new Set<number>());
      const cells: GridCell[] = [];
      let column = 0;
      for (const htmlCell of htmlRow) {
        while (taken.has(column)) column += 1;
        if (column >= MAX_COLUMNS) break;
        const rowSpan = Math.min(boundSpan(htmlCell.rowSpan, MAX_ROW_SPAN), block.rows.length - rowIndex);
        const colSpan = boundSpan(htmlCell.colSpan, MAX_COLUMN_SPAN);
        const cell: GridCell = { column, text: htmlCell.text, rowSpan, colSpan, source: { sheet, address: `R${rowIndex + 1}C${column + 1}` } };
        if (cell.text !== '' || rowSpan > 1 || colSpan > 1) cells.push(cell);
        for (let row = rowIndex; row < rowIndex + rowSpan; row += 1) {
          const set = (covered[row] ??= new Set<number>());
          for (let at = column; at < column + colSpan; at += 1) set.add(at);
        }
        column += colSpan;
      }
      rows.push({ cells, source: { sheet, address: `R${rowIndex + 1}` } });
    });
  }
  return { rows };
}

/** The grid of a page already decoded (a .mht file's page, read-mht.ts). */
export async function readHtmlTextGrid(html: string): Promise<Grid> {
  const { parse } = await import('parse5');
  return gridOfHtmlBlocks(parseHtmlBlocks(html, (text) => parse(text)));
}

/** The grid of a page's bytes (the charset it declares, else sniffed, as read-html.ts decodes it). */
export async function readHtmlGrid(bytes: Buffer): Promise<Grid> {
  return readHtmlTextGrid(decodeHtmlBytes(bytes));
}

/**
 * A tab dump (one table row per line, cells between tabs) as the Word document it was copied from:
 * each run of tab rows a table, the lines between them paragraphs. The indicator table's goal and
 * level columns are merged down over the rows that leave them empty (as a published 目标表 or 自评表
 * merges its 一级/二级 cells), and a row with fewer cells than its table spans its last cell to the
 * table's width. Used to print our own families to PDF through LibreOffice and read them back as real
 * converters write them (bench/pdftotext-real.ts).
 */
import { matchColumnRole } from '../../vocabulary/columns.ts';
import { isHeaderLine } from '../variation/table-lines.ts';
import { MERGED_LEFT, MERGED_UP, type DenseGrid } from './dense-grid.ts';

export type OfficeBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; grid: DenseGrid };

/** Header roles whose cells a published table merges down over their rows. */
const MERGED_ROLES = new Set(['goal', 'level1', 'level2']);

/** The columns merged down under a header row: goal and level columns left of the name. */
function mergedColumnsOf(header: readonly string[]): Set<number> {
  const roles = header.map((cell) => matchColumnRole(cell.trim()));
  const nameColumn = roles.findIndex((role) => role === 'name' || role === 'content');
  const columns = new Set<number>();
  roles.forEach((role, column) => {
    if (role !== null && MERGED_ROLES.has(role) && (nameColumn < 0 || column < nameColumn)) columns.add(column);
  });
  return columns;
}

/** One run of tab rows as a grid with its merges. */
function tableGrid(rows: readonly string[][]): DenseGrid {
  const width = Math.max(...rows.map((row) => row.length));
  let merged = new Set<number>();
  let isHeaderAbove = true;
  const grid: DenseGrid = [];
  for (const row of rows) {
    const cells = row.map((cell) => cell.trim());
    const isHeader = isHeaderLine(row.join('\t'));
    if (isHeader) merged = mergedColumnsOf(cells);
    const written: string[] = [...cells, ...Array<string>(width - cells.length).fill(MERGED_LEFT)];
    const above = grid.at(-1);
    if (!isHeader && !isHeaderAbove && above !== undefined && cells.length === width) {
      for (const column of [...merged].sort((left, right) => left - right)) {
        // Covered where this row and every column left of it are empty and something stands right of it.
        const isCoveredPlace =
          cells.slice(0, column + 1).every((cell) => cell === '') && cells.slice(column + 1).some((cell) => cell !== '');
        const aboveCell = above[column];
        if (isCoveredPlace && aboveCell !== undefined && aboveCell !== '' && aboveCell !== MERGED_LEFT) written[column] = MERGED_UP;
      }
    }
    isHeaderAbove = isHeader;
    grid.push(written);
  }
  return grid;
}

/** The dump's paragraphs and tables in order (blank lines dropped: a paragraph's spacing in Word). */
export function tabDumpBlocks(text: string): OfficeBlock[] {
  const blocks: OfficeBlock[] = [];
  let rows: string[][] = [];
  const closeTable = (): void => {
    if (rows.length > 0) blocks.push({ kind: 'table', grid: tableGrid(rows) });
    rows = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.includes('\t')) {
      rows.push(line.split('\t'));
      continue;
    }
    closeTable();
    if (line.trim() !== '') blocks.push({ kind: 'paragraph', text: line.trim() });
  }
  closeTable();
  return blocks;
}

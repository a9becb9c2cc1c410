/**
 * A PDF whose tables are drawn with borders, read through them (lattice.ts): the text lines the text
 * readers take (each table row one tab-separated line, as a .docx's table gives them, the text
 * outside the tables in its place between them) and the grid the indicator reader takes (merged
 * cells as spans, as a .docx's gridSpan/vMerge give them). Null when no page draws a table with
 * text in it: the page is then read from its text positions (read-pdf.ts, position-grid.ts).
 */
import { isNumberCell, looksLikeValue } from '../grid/cell-kinds.ts';
import { joinCellLines } from '../grid/cell-text.ts';
import { MAX_COLUMNS, type Grid, type GridRow } from '../grid/grid.ts';
import { matchLevel1, matchLevel2 } from '../grid/levels.ts';
import { matchColumnRole } from '../vocabulary/columns.ts';
import { findCutCellCopies } from './cut-cell-copies.ts';
import { findLatticeTables, readLatticeTable, type LatticeRow, type LatticeTable } from './lattice.ts';
import { arrangeLine, groupLines, type PdfTextItem } from './read-pdf.ts';
import { createProseWriter, findMargins, type ArrangedLine } from './wrapped-lines.ts';
import type { RulingLines } from './ruling-lines.ts';

export interface PdfPageContent {
  items: PdfTextItem[];
  rulings: RulingLines;
}

export interface LatticeReading {
  lines: string[];
  grid: Grid;
}

const LEVEL_HEADER = /^(一级指标|二级指标)$/;

/** A block of a page in reading order: a line of text outside the tables, or a table's rows. */
type Block =
  { top: number; kind: 'text'; line: ArrangedLine } | { top: number; kind: 'table'; rows: LatticeRow[] };

/** The cells of a row's rest (the next page's head) joined to the row's cells of the same column. */
function joinBrokenRow(row: LatticeRow, rest: LatticeRow): void {
  for (const cell of rest.cells) {
    const above = row.cells.find((each) => each.column === cell.column);
    if (!above) row.cells.push({ ...cell, row: row.cells[0]?.row ?? cell.row, rowSpan: 1 });
    else if (cell.text !== '') above.text = above.text === '' ? cell.text : `${above.text}\n${cell.text}`;
  }
  row.cells.sort((a, b) => a.column - b.column);
}

const isValueCell = (text: string): boolean => isNumberCell(text) || looksLikeValue(text);

/**
 * A row the page broke though both parts are drawn closed (Word and LibreOffice close a row's
 * borders at the cut): the next page's first row holds only text going on under text cells of the
 * page's last row ("可持续影响" / "指标", "工程管护责" / "任落实率"), no figure, while the last row has
 * a figure or value in a column the first leaves empty. A row of its own has its values. A header
 * row's rest likewise: the last row names columns (MIN_HEADER_CELLS of them) and the first holds one
 * piece under one of its cells that names no column nor level ("指标内容/计算公" / "式"); read as a row
 * of its own, it parted the header from its second row (二级指标 三级指标) and no band was found.
 */
function isRowRest(last: LatticeRow, first: LatticeRow): boolean {
  const texts = first.cells.filter((cell) => cell.text !== '');
  if (texts.length === 0) return false;
  // (A value goes on too, under a text cell: "结转结余率" / "3%" of "结转结余率3%"; a value under a value is a row's own.)
  const isUnder = (cell: LatticeRow['cells'][number]): boolean =>
    last.cells.some((each) => each.column === cell.column && each.colSpan === cell.colSpan && each.text !== '' && !isValueCell(each.text));
  const isFilled = (column: number): boolean => texts.some((cell) => cell.column <= column && column < cell.column + cell.colSpan);
  if (!texts.every(isUnder)) return false;
  if (last.cells.some((each) => isValueCell(each.text) && !isFilled(each.column))) return true;
  const namesColumn = (text: string): boolean => matchColumnRole(joinCellLines(text)) !== null;
  const piece = texts[0] as LatticeRow['cells'][number];
  return (
    last.cells.filter((cell) => namesColumn(cell.text)).length >= MIN_HEADER_CELLS &&
    texts.length === 1 &&
    !namesColumn(piece.text) &&
    matchLevel1(piece.text) === null &&
    matchLevel2(piece.text) === null
  );
}

/** Header rows: at least this many cells name a column role. */
const MIN_HEADER_CELLS = 3;

/**
 * A table going on at the next page's head: an empty cell at its top, in a column where the page
 * before ended inside a merged cell (a 核心职能 or 一级 down its rows), is the rest of that cell, as
 * a .docx's vMerge runs on over the page break; so is a cell with text when the page left the
 * merged cell's foot and this cell's head open (the rest of its text). A merged cell both pages
 * leave open at the cut is one cell though the page above shows none of its text (Calc draws a cut
 * cell's text where the middle of the whole merge falls: a 一级 over six rows of one page and seven of
 * the next is written on the next).
 */
function continueMergedCells(before: readonly LatticeRow[], after: LatticeRow[]): void {
  const first = after[0];
  if (!first) return;
  const last = before.length - 1;
  for (const cell of [...first.cells]) {
    // An empty cell (Word) or one whose top is open (Chromium writes the rest of the text there).
    const isRest = cell.text === '' || cell.isOpenAbove === true;
    if (!isRest) continue;
    const open = before.flatMap((row, index) =>
      row.cells.filter(
        (each) =>
          each.column === cell.column &&
          each.colSpan === cell.colSpan &&
          (each.text !== '' || (each.isOpenBelow === true && cell.isOpenAbove === true)) &&
          index + each.rowSpan - 1 === last,
      ),
    )[0];
    if (!open || (cell.text !== '' && !open.isOpenBelow)) continue;
    open.rowSpan += cell.rowSpan;
    if (cell.text !== '') open.text = open.text === '' ? cell.text : `${open.text}\n${cell.text}`;
    first.cells.splice(first.cells.indexOf(cell), 1);
  }
}

/** The document read through its tables' borders, or null when no table with text is drawn. */
export function readLatticeDocument(pages: ReadonlyArray<PdfPageContent>): LatticeReading | null {
  const { columns, tables } = findLatticeTables(pages.map((page) => page.rulings));
  if (tables.length === 0) return null;
  const blocksByPage: Block[][] = pages.map(() => []);
  const insideByPage = pages.map(() => new Set<PdfTextItem>());
  let hasText = false;
  const outsideOf = (page: number) => pages[page]!.items.filter((item) => !insideByPage[page]!.has(item));
  let previous: { table: LatticeTable; rows: LatticeRow[] } | null = null;
  // The row the next page's head goes on with: the last row written, which a page holding only the
  // middle of a row taller than a page (its one row joined to the row above) leaves where it was.
  let lastRow: LatticeRow | undefined;
  // The rows the previous table was read into, before any went into the row above: its cut cells'
  // copies are found against them.
  let ownRows: LatticeRow[] = [];
  for (const table of tables) {
    const { rows, inside } = readLatticeTable(table, columns, pages[table.page]!.items);
    const read = [...rows];
    if (inside.size === 0) continue;
    hasText = true;
    for (const item of inside) insideByPage[table.page]!.add(item);
    if (previous && table.page === previous.table.page + 1) {
      // Before the rows are joined: the copies are found against each part's own lines.
      const copies = findCutCellCopies({
        before: { table: previous.table, rows: previous.rows.length > 0 ? previous.rows : ownRows },
        after: { table, rows },
        columns,
        beforeItems: outsideOf(previous.table.page),
        afterItems: outsideOf(table.page),
      });
      for (const item of copies.before) insideByPage[previous.table.page]!.add(item);
      for (const item of copies.after) insideByPage[table.page]!.add(item);
    }
    // A row the page broke: its rest at the next page's head goes back into it.
    if (
      previous &&
      previous.table.isOpenBelow &&
      table.isOpenAbove &&
      table.page === previous.table.page + 1 &&
      rows.length > 0 &&
      lastRow
    ) {
      joinBrokenRow(lastRow, rows.shift()!);
    } else if (
      previous &&
      table.page === previous.table.page + 1 &&
      table.firstColumn === previous.table.firstColumn &&
      table.lastColumn === previous.table.lastColumn
    ) {
      if (lastRow && rows[0] && isRowRest(lastRow, rows[0])) joinBrokenRow(lastRow, rows.shift()!);
      continueMergedCells(previous.rows, rows);
    }
    blocksByPage[table.page]!.push({ top: table.top, kind: 'table', rows });
    lastRow = rows.at(-1) ?? lastRow;
    previous = { table, rows };
    ownRows = read;
  }
  if (!hasText) return null;
  pages.forEach((page, index) => {
    const outside = page.items.filter((item) => !insideByPage[index]!.has(item));
    for (const line of groupLines(outside))
      blocksByPage[index]!.push({ top: line[0]!.y + line[0]!.height, kind: 'text', line: arrangeLine(line) });
    blocksByPage[index]!.sort((a, b) => b.top - a.top);
  });

  const lines: string[] = [];
  const grid: Grid = { rows: [] };
  // Columns headed 一级指标 / 二级指标: their merged cells are written on every row they span, as
  // the .docx and .xlsx readers write them (xlsx/grid-to-text.ts), once the header has been seen.
  const levelColumns = new Set<number>();
  // Cells spanning down (over tables too: a merge going on at the next page), by the row they end on:
  // their text again on each row below when a level's.
  let spanning: Array<{ column: number; text: string; lastRow: number }> = [];
  let rowNumber = 0;
  // The text between tables, a paragraph's wrapped lines joined against the page's margins, and
  // one cut by the page's foot joined with its rest on the next page.
  const writeStretch = createProseWriter(lines);
  blocksByPage.forEach((blocks, pageIndex) => {
    if (lines.length > 0 && lines.at(-1) !== '') lines.push('');
    const margins = findMargins(blocks.flatMap((block) => (block.kind === 'text' ? [block.line] : [])));
    let prose: ArrangedLine[] = [];
    let isPageStart = true;
    const writeProse = (isPageEnd = false) => {
      writeStretch({ lines: prose, margins, isPageStart, isPageEnd });
      isPageStart = false;
      prose = [];
    };
    for (const block of blocks) {
      if (block.kind === 'text') {
        prose.push(block.line);
        continue;
      }
      writeProse();
      const pending: GridRow[] = [];
      const tableRows: GridRow[] = [];
      // The document's columns are every table's borders on the page: a column no cell of this table starts
      // in (only spans cross it) is no cell of its lines, which would read as an empty cell between each two.
      // A level merged down from the page before stands in this table's first rows too.
      const carried = spanning.filter((span) => span.lastRow >= rowNumber).map((span) => span.column);
      const startColumns = [...new Set([...carried, ...block.rows.flatMap((row) => row.cells.map((cell) => cell.column))])].sort((a, b) => a - b);
      const place = new Map(startColumns.map((column, at) => [column, at]));
      block.rows.forEach((row) => {
        const rowIndex = rowNumber++;
        // Spans that ended above are dropped: at most one per column is open at a time.
        spanning = spanning.filter((span) => span.lastRow >= rowIndex);
        const texts: string[] = [];
        for (const cell of row.cells) {
          if (cell.column >= MAX_COLUMNS) continue;
          const text = joinCellLines(cell.text);
          texts[place.get(cell.column)!] = text;
          if (cell.rowSpan > 1)
            spanning.push({
              column: cell.column,
              text,
              lastRow: rowIndex + cell.rowSpan - 1,
            });
        }
        for (const span of spanning) {
          const at = place.get(span.column);
          if (at !== undefined && texts[at] === undefined && levelColumns.has(span.column)) texts[at] = span.text;
        }
        for (const cell of row.cells)
          if (LEVEL_HEADER.test(cell.text.replace(/\s+/g, ''))) levelColumns.add(cell.column);
        const filled = Array.from(texts, (text) => text ?? '');
        while (filled.length > 0 && filled.at(-1) === '') filled.pop();
        const gridRow: GridRow = {
          cells: row.cells
            .filter((cell) => cell.text !== '' && cell.column < MAX_COLUMNS)
            .map((cell) => ({
              column: cell.column,
              text: cell.text,
              rowSpan: cell.rowSpan,
              colSpan: cell.colSpan,
              source: { page: pageIndex + 1 },
            })),
          source: { page: pageIndex + 1 },
        };
        tableRows.push(gridRow);
        pending.push(gridRow);
        if (filled.length === 0) return;
        lines.push(filled.join('\t'));
        // Rows with no line of their own (empty rows) point at the next line written.
        for (const waiting of pending.splice(0)) {
          waiting.source.line = lines.length;
          for (const cell of waiting.cells) cell.source.line = lines.length;
        }
      });
      for (const waiting of pending) {
        waiting.source.line = lines.length;
        for (const cell of waiting.cells) cell.source.line = lines.length;
      }
      grid.rows.push(...tableRows);
    }
    writeProse(true);
  });
  return { lines, grid };
}

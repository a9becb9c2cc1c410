/**
 * LibreOffice Calc, printing a merged cell a page cuts (a 年度总体目标 row taller than the rest of the
 * page, a 一级 merged over more rows than the page holds), draws the cell's whole text on both pages,
 * each time where it stands in the whole merged area, and clips it to the page's part of the cell.
 * The lines past the page's foot (or above the next page's head) are in the text layer though no one
 * sees them, and the other page shows them inside its part of the cell. Left there they would read as
 * paragraphs between the table's rows ("数量指标" alone under the last row, the goal's first lines
 * above the next page's table); they are the cell's own lines, found once in its other part.
 */
import { cellText, type LatticeCell, type LatticeRow, type LatticeTable } from './lattice.ts';
import { groupLines, type PdfTextItem } from './read-pdf.ts';

/** A table of a page as read (lattice.ts readLatticeTable), before its rows are joined with the next page's. */
export interface TablePart {
  table: LatticeTable;
  rows: readonly LatticeRow[];
}

/** A line of a cell's text as cellText writes it: the same drawing gives the same line on both pages. */
const cellLines = (cell: LatticeCell): Set<string> => new Set(cell.text.split('\n').filter((line) => line !== ''));

/** Where readLatticeTable places an item's height (its baseline plus a third of its height). */
const centreY = (item: PdfTextItem): number => item.y + item.height * 0.3;
const centreX = (item: PdfTextItem): number => item.x + item.width / 2;

/**
 * The items of `page` (outside every table) in the column span of `cell`, past the table's edge
 * (`side`), grouped in lines, whose line is one of `lines`.
 */
function copiesOf(input: {
  cell: LatticeCell;
  columns: readonly number[];
  items: readonly PdfTextItem[];
  isPast: (item: PdfTextItem) => boolean;
  lines: ReadonlySet<string>;
}): PdfTextItem[] {
  const { cell, columns, items, isPast, lines } = input;
  if (lines.size === 0) return [];
  const left = columns[cell.column];
  const right = columns[cell.column + cell.colSpan];
  if (left === undefined || right === undefined) return [];
  const region = items.filter((item) => isPast(item) && centreX(item) >= left && centreX(item) <= right);
  return groupLines(region).flatMap((line) => (lines.has(cellText(line)) ? line : []));
}

/**
 * The items of the two pages, outside their tables, that are copies of the lines of a cell the page
 * break cut: a cell of the last rows of `before` and the cell of `after`'s first row in the same
 * columns, one of them drawn open at the cut. `beforeItems` and `afterItems` are each page's items
 * outside its tables; the copies are returned by page.
 */
export function findCutCellCopies(input: {
  before: TablePart;
  after: TablePart;
  columns: readonly number[];
  beforeItems: readonly PdfTextItem[];
  afterItems: readonly PdfTextItem[];
}): { before: PdfTextItem[]; after: PdfTextItem[] } {
  const { before, after, columns } = input;
  const copies = { before: [] as PdfTextItem[], after: [] as PdfTextItem[] };
  const head = after.rows[0];
  if (!head) return copies;
  const last = before.rows.length - 1;
  const isTableCut = before.table.isOpenBelow && after.table.isOpenAbove;
  before.rows.forEach((row, index) => {
    for (const open of row.cells) {
      if (index + open.rowSpan - 1 !== last) continue;
      const rest = head.cells.find((cell) => cell.column === open.column && cell.colSpan === open.colSpan);
      if (!rest || !(isTableCut || open.isOpenBelow === true || rest.isOpenAbove === true)) continue;
      copies.before.push(
        ...copiesOf({
          cell: open,
          columns,
          items: input.beforeItems,
          isPast: (item) => centreY(item) < before.table.bottom,
          lines: cellLines(rest),
        }),
      );
      copies.after.push(
        ...copiesOf({
          cell: rest,
          columns,
          items: input.afterItems,
          isPast: (item) => centreY(item) > after.table.top,
          lines: cellLines(open),
        }),
      );
    }
  });
  return copies;
}

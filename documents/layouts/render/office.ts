/**
 * Dense grids written as real .xlsx (merged cells through exceljs) and .docx (gridSpan and vMerge
 * through the docx package), with paragraphs before and after the table, for layout fixtures and
 * the round-trip property test.
 */
import { Document, Footer, Header, Packer, PageNumber, PageOrientation, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import { findSpannedCells, padGrid, type DenseGrid } from './dense-grid.ts';
import type { OfficeBlock } from './tab-dump-office.ts';

export interface OfficeTable {
  /** Lines before the table (title, subtitle). */
  before: string[];
  grid: DenseGrid;
  /** Lines after the table (notes, signatures). */
  after?: string[];
}

/** Display columns of a text: a CJK character (or full-width sign) takes two, anything else one. */
function displayColumns(text: string): number {
  return [...text].reduce((sum, character) => sum + (character.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
}

/** A sheet column is set no wider than this many display columns (its text wraps below), and no narrower than this. */
const SHEET_WIDEST_COLUMNS = 20;
const SHEET_NARROWEST_COLUMNS = 6;
/** What a portrait A4 page holds at 100 % in Excel's units (a landscape page about 130). */
const PORTRAIT_SHEET_COLUMNS = 90;

/**
 * Column widths as an author sets a sheet to publish: each column as wide as the longest text of its
 * own cells (a cell spanning columns counts for none), from a figure's width up to a cap past which
 * the text wraps, in Excel's units (a digit's width; a CJK character takes two).
 */
function sheetColumnWidths(cells: ReturnType<typeof findSpannedCells>, columnCount: number): number[] {
  const widths = Array<number>(columnCount).fill(SHEET_NARROWEST_COLUMNS);
  for (const cell of cells) {
    if (cell.colSpan > 1) continue;
    const wanted = Math.min(SHEET_WIDEST_COLUMNS, displayColumns(cell.text)) + 1;
    widths[cell.column] = Math.max(widths[cell.column] ?? SHEET_NARROWEST_COLUMNS, wanted);
  }
  return widths;
}

/**
 * One sheet as a unit publishes it: the lines before as merged title rows, then the grid with its
 * merges; columns set by their text, every cell wrapping in its column and centred in its row, and
 * the page fitted to its width (A4, landscape when the columns are wider than a portrait page).
 */
export async function writeGridXlsx(table: OfficeTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  const grid = padGrid(table.grid);
  const width = Math.max(1, grid[0]?.length ?? 1);
  const widths = sheetColumnWidths(findSpannedCells(grid), width);
  widths.forEach((columnWidth, column) => {
    sheet.getColumn(column + 1).width = columnWidth;
  });
  const isLandscape = widths.reduce((sum, columnWidth) => sum + columnWidth, 0) > PORTRAIT_SHEET_COLUMNS;
  sheet.pageSetup = { paperSize: 9, orientation: isLandscape ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  let rowNumber = 1;
  for (const line of table.before) {
    sheet.getCell(rowNumber, 1).value = line;
    if (width > 1) sheet.mergeCells(rowNumber, 1, rowNumber, width);
    rowNumber += 1;
  }
  const first = rowNumber;
  for (const cell of findSpannedCells(grid)) {
    const number = /^-?\d+(\.\d+)?$/.test(cell.text) ? Number(cell.text) : null;
    const sheetCell = sheet.getCell(first + cell.row, cell.column + 1);
    sheetCell.value = number !== null && String(number) === cell.text ? number : cell.text;
    sheetCell.alignment = { wrapText: true, vertical: 'middle' };
    if (cell.rowSpan > 1 || cell.colSpan > 1) {
      sheet.mergeCells(first + cell.row, cell.column + 1, first + cell.row + cell.rowSpan - 1, cell.column + cell.colSpan);
    }
  }
  rowNumber = first + grid.length;
  for (const line of table.after ?? []) {
    sheet.getCell(rowNumber, 1).value = line;
    rowNumber += 1;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A Word page's text width in twentieths of a point (A4 portrait, the docx package's margins of an inch), and landscape's. */
const PAGE_TEXT_WIDTH = 9000;
const LANDSCAPE_TEXT_WIDTH = 13950;
/** The width of a table's columns before the page's spare room is shared out (fixtures' tables: 1000 a column). */
const FIXTURE_COLUMN_WIDTH = 1000;
/** Twips a display column of text takes at the default size, and a cell's margins. */
const TWIPS_PER_COLUMN = 110;
const CELL_MARGINS = 230;
/** A column's text is set no wider than this many display columns before it wraps; a figure or a short value never wraps below that. */
const WIDEST_COLUMNS = 24;
const SHORT_VALUE_COLUMNS = 10;

/**
 * Column widths filling the page as an author sets them: each column room for its figures and short
 * values whole (at least two Chinese characters), the rest of the page shared by the longest text of
 * each column's own cells (a cell spanning columns counts for none, capped), so names and goals get
 * the room and wrap while levels and figures stay narrow.
 */
function docxLeastWidths(grid: DenseGrid, cells: ReturnType<typeof findSpannedCells>): { least: number[]; wants: number[] } {
  const columnCount = grid[0]?.length ?? 0;
  const least = Array<number>(columnCount).fill(4);
  const wants = Array<number>(columnCount).fill(4);
  for (const cell of cells) {
    if (cell.colSpan > 1) continue;
    const width = displayColumns(cell.text);
    if (width <= SHORT_VALUE_COLUMNS) least[cell.column] = Math.max(least[cell.column] ?? 4, width);
    wants[cell.column] = Math.max(wants[cell.column] ?? 4, Math.min(width, WIDEST_COLUMNS));
  }
  return { least, wants };
}

/** The least width of a grid's table in twips: its figures and short values whole, or the fixtures' 1000 a column. */
function leastTableWidth(table: DenseGrid, isFittedToPage: boolean): number {
  const grid = padGrid(table);
  if (!isFittedToPage) return (grid[0]?.length ?? 0) * FIXTURE_COLUMN_WIDTH;
  const { least } = docxLeastWidths(grid, findSpannedCells(grid));
  return least.reduce((sum, columns) => sum + columns * TWIPS_PER_COLUMN + CELL_MARGINS, 0);
}

function docxColumnWidths(grid: DenseGrid, cells: ReturnType<typeof findSpannedCells>, pageWidth: number): number[] {
  const { least, wants } = docxLeastWidths(grid, cells);
  const leastTwips = least.map((columns) => columns * TWIPS_PER_COLUMN + CELL_MARGINS);
  const spare = Math.max(0, pageWidth - leastTwips.reduce((sum, twips) => sum + twips, 0));
  const extra = wants.map((want, column) => Math.max(0, want - (least[column] ?? 4)));
  const totalExtra = extra.reduce((sum, columns) => sum + columns, 0);
  return leastTwips.map((twips, column) => twips + (totalExtra === 0 ? 0 : Math.floor((spare * (extra[column] ?? 0)) / totalExtra)));
}

/** A grid as a Word table (columnSpan/rowSpan from its merges). */
function docxTable(table: DenseGrid, options: DocxTableOptions, pageWidth: number): Table {
  const { isFittedToPage, isCentredVertically, isBorderless = false } = options;
  const grid = padGrid(table);
  const cells = findSpannedCells(grid);
  // (Fixtures' tables keep one width per column, 1000 each, as they were made.)
  const widths = isFittedToPage ? docxColumnWidths(grid, cells, pageWidth) : Array<number>(grid[0]?.length ?? 0).fill(FIXTURE_COLUMN_WIDTH);
  const rows = grid.map(
    (_, rowIndex) =>
      new TableRow({
        children: cells
          .filter((cell) => cell.row === rowIndex)
          .map(
            (cell) =>
              new TableCell({
                columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
                rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
                verticalAlign: isCentredVertically ? VerticalAlign.CENTER : undefined,
                width: { size: widths.slice(cell.column, cell.column + cell.colSpan).reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
                children: [new Paragraph(cell.text)],
              }),
          ),
      }),
  );
  const borders = isBorderless ? { borders: TableBorders.NONE } : {};
  if (!isFittedToPage) return new Table({ rows, ...borders });
  return new Table({ rows, columnWidths: widths, width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA }, ...borders });
}

/** One Word document: paragraphs, the table (columnSpan/rowSpan), paragraphs. */
export async function writeGridDocx(table: OfficeTable): Promise<Buffer> {
  return writeDocx([
    ...table.before.map((text): OfficeBlock => ({ kind: 'paragraph', text })),
    { kind: 'table', grid: table.grid },
    ...(table.after ?? []).map((text): OfficeBlock => ({ kind: 'paragraph', text })),
  ], { isFittedToPage: false, isCentredVertically: false });
}

interface DocxTableOptions {
  /** Columns set by their text to fill the page (else 1000 twips each, as the fixtures were made). */
  isFittedToPage: boolean;
  /** Every cell's text centred vertically in its row (as many templates set it; Word's default is the top). */
  isCentredVertically: boolean;
  /** No borders drawn (many published PDFs show a table by its columns alone). */
  isBorderless?: boolean;
}

/**
 * One Word document of paragraphs and tables in order, each table as wide as the page and its columns
 * set by their text (two tables in a row parted by an empty paragraph, as Word keeps them apart).
 */
export async function writeBlocksDocx(
  blocks: readonly OfficeBlock[],
  options: { isCentredVertically: boolean; isBorderless?: boolean } & PageChrome,
): Promise<Buffer> {
  return writeDocx(blocks, { isFittedToPage: true, ...options });
}

/** What a template prints on every page: a running head, and "第 N 页 共 M 页" at the foot. */
interface PageChrome {
  runningHead?: string;
  hasPageNumbers?: boolean;
}

/**
 * A document whose table is wider than A4 portrait's text, its figures and short values kept whole, is set
 * landscape, as an author prints a wide table (in portrait, Word lets it run past the right margin and the
 * printed page cuts its last columns); its columns then share the landscape page.
 */
async function writeDocx(blocks: readonly OfficeBlock[], options: DocxTableOptions & PageChrome): Promise<Buffer> {
  const isLandscape = blocks.some((block) => block.kind === 'table' && leastTableWidth(block.grid, options.isFittedToPage) > PAGE_TEXT_WIDTH);
  const pageWidth = isLandscape ? LANDSCAPE_TEXT_WIDTH : PAGE_TEXT_WIDTH;
  const children = blocks.flatMap((block, place) => {
    if (block.kind === 'paragraph') return [new Paragraph(block.text)];
    const table = docxTable(block.grid, options, pageWidth);
    return blocks[place - 1]?.kind === 'table' ? [new Paragraph(''), table] : [table];
  });
  const headers = options.runningHead === undefined ? {} : { headers: { default: new Header({ children: [new Paragraph(options.runningHead)] }) } };
  const pageNumber = new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'] });
  const footers = options.hasPageNumbers === true ? { footers: { default: new Footer({ children: [new Paragraph({ children: [pageNumber] })] }) } } : {};
  const properties = isLandscape ? { properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } } } : {};
  return Packer.toBuffer(new Document({ sections: [{ ...properties, ...headers, ...footers, children }] }));
}

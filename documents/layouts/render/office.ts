/**
 * Dense grids written as real .xlsx (merged cells through exceljs) and .docx (gridSpan and vMerge
 * through the docx package), with paragraphs before and after the table, for layout fixtures and
 * the round-trip property test.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import { findSpannedCells, padGrid, type DenseGrid } from './dense-grid.ts';

export interface OfficeTable {
  /** Lines before the table (title, subtitle). */
  before: string[];
  grid: DenseGrid;
  /** Lines after the table (notes, signatures). */
  after?: string[];
}

/** One sheet: the lines before as merged title rows, then the grid with its merges. */
export async function writeGridXlsx(table: OfficeTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  const grid = padGrid(table.grid);
  const width = Math.max(1, grid[0]?.length ?? 1);
  let rowNumber = 1;
  for (const line of table.before) {
    sheet.getCell(rowNumber, 1).value = line;
    if (width > 1) sheet.mergeCells(rowNumber, 1, rowNumber, width);
    rowNumber += 1;
  }
  const first = rowNumber;
  for (const cell of findSpannedCells(grid)) {
    const number = /^-?\d+(\.\d+)?$/.test(cell.text) ? Number(cell.text) : null;
    sheet.getCell(first + cell.row, cell.column + 1).value = number !== null && String(number) === cell.text ? number : cell.text;
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

/** One Word document: paragraphs, the table (columnSpan/rowSpan), paragraphs. */
export async function writeGridDocx(table: OfficeTable): Promise<Buffer> {
  const grid = padGrid(table.grid);
  const cells = findSpannedCells(grid);
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
                width: { size: 1000 * cell.colSpan, type: WidthType.DXA },
                children: [new Paragraph(cell.text)],
              }),
          ),
      }),
  );
  const document = new Document({
    sections: [
      {
        children: [
          ...table.before.map((line) => new Paragraph(line)),
          new Table({ rows }),
          ...(table.after ?? []).map((line) => new Paragraph(line)),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

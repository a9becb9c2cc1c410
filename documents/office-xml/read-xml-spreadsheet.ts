/**
 * Reads an "XML 表格" (Excel 2003's XML Spreadsheet, SpreadsheetML) into text lines: what many
 * reporting and finance systems write when they export "Excel" and name the file .xls. The XML is
 * read by saxes (no DTD, no external entity, nothing fetched) as a stream: each <Worksheet>'s
 * <Row>/<Cell> with their ss:Index positions and ss:MergeAcross/ss:MergeDown spans become a grid
 * laid out as a .xlsx sheet's (xlsx/grid-to-text.ts), numbers shown by their style's number format
 * (a "Percent" style's 0.95 is 95.00%, as Excel shows it). Rows, cells, row numbers and spans are
 * bounded by ImportLimits while the stream is read, before any grid is allocated.
 */
// Loaded on first use, as exceljs and parse5 are: a command that reads a .txt file never pays for it.
import type { SaxesParser as Parser } from 'saxes';
import { ImportError, type ImportLimits } from '../import-error.ts';
import { decodeXml, decodeXmlHead } from './decode-xml.ts';
import { attribute, localName, parseXml } from './xml-tags.ts';
import type { SheetStart } from '../xlsx/read-xlsx.ts';
import { convertGridToLines, type Grid, type GridCell } from '../xlsx/grid-to-text.ts';
import { boundSpan, MAX_COLUMN_SPAN, MAX_COLUMNS, MAX_ROW_SPAN, type Grid as CellGrid, type GridRow } from '../grid/grid.ts';
import { formatCellNumber } from '../xlsx/number-format.ts';

/** Whether bytes (given as an .xls) are an XML Spreadsheet: an XML file naming Excel's spreadsheet namespace or progid. */
export function isXmlSpreadsheet(bytes: Buffer): boolean {
  const head = decodeXmlHead(bytes);
  return head.trimStart().startsWith('<?xml') && /urn:schemas-microsoft-com:office:spreadsheet|progid\s*=\s*["']Excel\.Sheet["']/i.test(head);
}

/** Excel's named number formats (NumberFormat ss:Format="Percent") as format codes. */
const namedFormats: Record<string, string> = {
  'general': '',
  'general number': '',
  'fixed': '0.00',
  'standard': '#,##0.00',
  'percent': '0.00%',
  'scientific': '0.00E+00',
  'currency': '#,##0.00',
  'euro currency': '#,##0.00',
};

/** Official tables have at most a dozen columns; cells past this one are ignored (as in .xlsx). */
const maxColumns = 200;

/** A cell as read: its 1-based row and column, its spans and its text. */
interface ReadCell {
  row: number;
  column: number;
  across: number;
  down: number;
  text: string;
}

/** A positive whole number attribute, or `fallback`; a number past `max` is refused with `refuse`. */
function wholeNumber(value: string | undefined, fallback: number, max: number, refuse: () => ImportError): number {
  if (value === undefined) return fallback;
  const number = Number.parseInt(value, 10);
  if (!Number.isFinite(number) || number < 0) return fallback;
  if (number > max) throw refuse();
  return number;
}

/** The text a <Data> shows: a string as written, a number by its format, a date as its day, a boolean as 是/否. */
function shownText(type: string, raw: string, format: string | undefined): string {
  const text = raw.trim();
  switch (type.toLowerCase()) {
    case 'number': {
      const number = Number(text);
      return text !== '' && Number.isFinite(number) ? formatCellNumber(number, format) : text;
    }
    case 'datetime':
      return /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : text;
    case 'boolean':
      return text === '1' ? '是' : text === '0' ? '否' : text;
    case 'error':
      return '';
    default:
      return text;
  }
}

/** Each worksheet's name (ss:Name; "" when it has none) and cells, read from the XML stream within the limits. */
function readSheets(xml: string, limits: ImportLimits, SaxesParser: typeof Parser): Array<{ name: string; cells: ReadCell[] }> {
  const tooMany = (what: string) => new ImportError('too-many-rows', `XML 表格的${what}，不像一份绩效表：请只保留绩效表后再导入`);
  const tooManyCells = (what: string) => new ImportError('too-many-cells', `XML 表格的${what}，不像一份绩效表：请只保留绩效表后再导入`);
  const sheets: Array<{ name: string; cells: ReadCell[] }> = [];
  const formats = new Map<string, string>();
  let sheet: ReadCell[] | null = null;
  let styleId: string | null = null;
  let rowNumber = 0;
  let columnNumber = 0;
  let rows = 0;
  let positions = 0;
  let cell: (ReadCell & { format: string | undefined; type: string }) | null = null;
  let data: string | null = null;

  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('opentag', (tag) => {
    switch (localName(tag.name)) {
      case 'style':
        styleId = attribute(tag, 'id') ?? null;
        break;
      case 'numberformat': {
        const format = attribute(tag, 'format');
        if (styleId !== null && format !== undefined) formats.set(styleId, namedFormats[format.toLowerCase()] ?? format);
        break;
      }
      case 'worksheet':
        sheet = [];
        sheets.push({ name: attribute(tag, 'name') ?? '', cells: sheet });
        rowNumber = 0;
        break;
      case 'row':
        rows++;
        if (rows > limits.maxRows) throw tooMany(`行数超过 ${limits.maxRows} 行`);
        rowNumber = wholeNumber(attribute(tag, 'index'), rowNumber + 1, limits.maxRowIndex, () => tooManyCells(`行号超过 ${limits.maxRowIndex}`));
        columnNumber = 0;
        break;
      case 'cell': {
        columnNumber = wholeNumber(attribute(tag, 'index'), columnNumber + 1, Number.MAX_SAFE_INTEGER, () => tooManyCells('列号过大'));
        const spanTooWide = () => tooManyCells(`合并单元格超过 ${limits.maxColumnSpan} 列`);
        const across = wholeNumber(attribute(tag, 'mergeacross'), 0, limits.maxColumnSpan - 1, spanTooWide);
        const down = wholeNumber(attribute(tag, 'mergedown'), 0, limits.maxRowIndex, () => tooManyCells(`合并单元格超过 ${limits.maxRowIndex} 行`));
        positions += (across + 1) * (down + 1);
        if (positions > limits.maxCells) throw tooManyCells(`单元格超过 ${limits.maxCells} 个`);
        const style = attribute(tag, 'styleid');
        cell = { row: rowNumber, column: columnNumber, across, down, text: '', format: style === undefined ? undefined : formats.get(style), type: 'String' };
        columnNumber += across;
        break;
      }
      case 'data':
        if (cell) {
          cell.type = attribute(tag, 'type') ?? 'String';
          data = '';
        }
        break;
      case 'br':
        if (data !== null) data += '\n';
        break;
    }
  });
  parser.on('text', (text) => {
    if (data !== null) data += text;
  });
  parser.on('cdata', (text) => {
    if (data !== null) data += text;
  });
  parser.on('closetag', (tag) => {
    switch (localName(tag.name)) {
      case 'style':
        styleId = null;
        break;
      case 'data':
        if (cell && data !== null) cell.text += shownText(cell.type, data, cell.format);
        data = null;
        break;
      case 'cell':
        if (cell && sheet && cell.column <= maxColumns) {
          const { format: _format, type: _type, ...kept } = cell;
          sheet.push(kept);
        }
        cell = null;
        break;
      case 'worksheet':
        sheet = null;
        break;
    }
  });
  parseXml(parser, xml, '无法读取该 XML 表格（内容不完整或已损坏）：请用 Excel/WPS 打开后另存为 .xlsx 再导入');
  return sheets;
}

/** A sheet's cells as a grid: only the rows that hold a cell or a merged position, in order; merged positions point at their master. */
function toGrid(cells: readonly ReadCell[], limits: ImportLimits): Grid {
  const rowNumbers = new Set<number>();
  let width = 0;
  for (const cell of cells) {
    for (let row = cell.row; row <= cell.row + cell.down; row++) rowNumbers.add(row);
    width = Math.max(width, Math.min(maxColumns, cell.column + cell.across));
  }
  // Rows reached by merges count too (one cell merged down 100,000 rows would make a grid that tall).
  if (rowNumbers.size > limits.maxRows) throw new ImportError('too-many-rows', `XML 表格的行数超过 ${limits.maxRows} 行，不像一份绩效表：请只保留绩效表后再导入`);
  const ordered = [...rowNumbers].sort((a, b) => a - b);
  const gridRowOf = new Map(ordered.map((rowNumber, index) => [rowNumber, index]));
  const grid: Grid = ordered.map(() => Array.from<GridCell | null>({ length: width }).fill(null));
  for (const cell of cells) {
    const master = { text: cell.text, masterRow: gridRowOf.get(cell.row)!, masterColumn: cell.column - 1 };
    for (let row = cell.row; row <= cell.row + cell.down; row++) {
      const gridRow = grid[gridRowOf.get(row)!]!;
      for (let column = cell.column; column <= Math.min(maxColumns, cell.column + cell.across); column++) gridRow[column - 1] = master;
    }
  }
  return grid;
}

/** A worksheet's name, or "表格N" for one without. */
const sheetName = (name: string, index: number): string => (name === '' ? `表格${index + 1}` : name);

/** The text lines of every worksheet of an XML Spreadsheet, a blank line between sheets; each sheet's name and first line into `sheets` when given. */
export async function readXmlSpreadsheetLines(bytes: Buffer, limits: ImportLimits, sheets?: SheetStart[]): Promise<string[]> {
  const { SaxesParser } = await import('saxes');
  const lines: string[] = [];
  for (const [index, { name, cells }] of readSheets(decodeXml(bytes), limits, SaxesParser).entries()) {
    const sheetLines = convertGridToLines(toGrid(cells, limits));
    if (sheetLines.length === 0) continue;
    if (lines.length > 0) lines.push('');
    sheets?.push({ name: sheetName(name, index), line: lines.length + 1 });
    lines.push(...sheetLines);
  }
  return lines;
}

/**
 * The indicator reader's grid of an XML Spreadsheet (as a .xlsx's, grid/from-xlsx.ts): each sheet's
 * rows that hold a cell or a merged position, in order, each cell once with its MergeAcross/MergeDown
 * as spans, sheet after sheet.
 */
export async function readXmlSpreadsheetGrid(bytes: Buffer, limits: ImportLimits): Promise<CellGrid> {
  const { SaxesParser } = await import('saxes');
  const rows: GridRow[] = [];
  readSheets(decodeXml(bytes), limits, SaxesParser).forEach(({ name, cells }, index) => {
    // Named as the clerk named it, so a workbook of one table a sheet is read a sheet at a time (workbook-sheets.ts).
    const sheet = sheetName(name, index);
    const rowNumbers = new Set<number>();
    for (const cell of cells) for (let row = cell.row; row <= cell.row + cell.down; row++) rowNumbers.add(row);
    const ordered = [...rowNumbers].sort((a, b) => a - b);
    const gridRowOf = new Map(ordered.map((rowNumber, at) => [rowNumber, rows.length + at]));
    for (const rowNumber of ordered) rows.push({ cells: [], source: { sheet, address: `R${rowNumber}` } });
    for (const cell of cells) {
      if (cell.column > MAX_COLUMNS || (cell.text === '' && cell.across === 0 && cell.down === 0)) continue;
      rows[gridRowOf.get(cell.row)!]!.cells.push({
        column: cell.column - 1,
        text: cell.text,
        rowSpan: boundSpan(cell.down + 1, MAX_ROW_SPAN),
        colSpan: boundSpan(cell.across + 1, MAX_COLUMN_SPAN),
        source: { sheet, address: `R${cell.row}C${cell.column}` },
      });
    }
  });
  for (const row of rows) row.cells.sort((a, b) => a.column - b.column);
  return { rows };
}

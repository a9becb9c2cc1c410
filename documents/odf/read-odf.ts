/**
 * Reads an OpenDocument spreadsheet or text (.ods, .odt; the flat one-file .fods/.fodt) into text
 * lines: what WPS, LibreOffice and the office suites of domestic Linux desktops (信创) save when a
 * clerk picks the ODF format or the system's default is ODF. A zip is checked by the zip guard
 * (sizes, zip bombs, entries) and only its content.xml is read; an encrypted one is refused. The XML
 * is read by saxes as a stream (no DTD, no entity expanded, nothing fetched): paragraphs and
 * headings as they come, each table's rows and cells with their number-columns/rows-spanned laid
 * out as a .docx table (docx/read-docx.ts layOutBlocks), a spreadsheet's sheets one after another.
 * Rows and cells repeated by number-rows-repeated / number-columns-repeated (a sheet ends with a
 * row repeated a million times) are repeated only where they hold text, and counted against
 * ImportLimits while the stream is read. Comments, notes and tracked deletions are not read; a
 * table inside a cell is read as the cell's text.
 */
import type { SaxesParser as Parser, SaxesTagPlain } from 'saxes';
import { layOutBlocks, type Block, type HtmlCell } from '../docx/read-docx.ts';
import { ImportError, type ImportLimits } from '../import-error.ts';
import { decodeXml, decodeXmlHead } from '../office-xml/decode-xml.ts';
import { attribute, localName, parseXml } from '../office-xml/xml-tags.ts';
import { inspectZip, isZipFile } from '../xlsx/zip-guard.ts';
import type { SheetStart } from '../xlsx/read-xlsx.ts';

const odfMimeType = 'application/vnd.oasis.opendocument.';

/**
 * Whether bytes are an OpenDocument package: a zip whose first part is its stored "mimetype", as the
 * standard requires and every suite writes. Its kind ("spreadsheet", "text") or null.
 */
export function odfPackageKind(bytes: Buffer): string | null {
  if (!isZipFile(bytes)) return null;
  const head = bytes.subarray(0, 160).toString('latin1');
  const at = head.indexOf(odfMimeType);
  if (at < 0 || !head.slice(30, 38).startsWith('mimetype')) return null;
  return /^[a-z-]+/.exec(head.slice(at + odfMimeType.length))?.[0] ?? null;
}

/** Whether bytes are a flat OpenDocument file (.fods, .fodt: the whole document as one XML file). */
export function isFlatOdf(bytes: Buffer): boolean {
  const head = decodeXmlHead(bytes);
  return head.trimStart().startsWith('<') && /<office:document[\s>]/.test(head) && head.includes('urn:oasis:names:tc:opendocument:xmlns:office');
}

/** Elements whose text is not the document's: comments, notes, tracked deletions, scripts, forms. */
const unreadElements = new Set(['annotation', 'note', 'tracked-changes', 'scripts', 'forms', 'font-face-decls', 'automatic-styles', 'styles', 'master-styles', 'meta', 'settings']);

/** Official tables have at most a dozen columns; cells past this one are ignored (as in .xlsx). */
const maxColumns = 200;
/** Empty rows kept in a row between rows with text (more say nothing a table needs). */
const maxEmptyRowsKept = 20;
/** Spaces one <text:s text:c="N"/> may stand for. */
const maxSpaces = 100;

/** A positive whole number attribute, or 1; a number past `max` is refused with `refuse`. */
function count(tag: SaxesTagPlain, name: string, max: number, refuse: () => ImportError): number {
  const value = attribute(tag, name);
  if (value === undefined) return 1;
  const number = Number.parseInt(value, 10);
  if (!Number.isFinite(number) || number < 1) return 1;
  if (number > max) throw refuse();
  return number;
}

/** A cell being read. */
interface OpenCell {
  text: string;
  colSpan: number;
  rowSpan: number;
  repeat: number;
  /** What a spreadsheet cell holds when it has no paragraph of its own (office:value and the like). */
  value: string;
}

/** A row being read: its cells so far, empty cells not yet placed, and how often it repeats. */
interface OpenRow {
  cells: HtmlCell[];
  emptyCells: number;
  width: number;
  repeat: number;
}

const isEmpty = (cell: HtmlCell) => cell.text === '' && cell.colSpan === 1 && cell.rowSpan === 1;

/** The document's paragraphs and tables (a spreadsheet's sheets as tables), read within the limits. */
function readBlocks(xml: string, limits: ImportLimits, SaxesParser: typeof Parser): { blocks: Block[]; isSpreadsheet: boolean } {
  const tooManyRows = () => new ImportError('too-many-rows', `文档表格行数超过 ${limits.maxRows} 行，不像一份绩效表：请只保留绩效表后再导入`);
  const tooManyCells = (what: string) => new ImportError('too-many-cells', `文档表格${what}，不像一份绩效表：请只保留绩效表后再导入`);
  const blocks: Block[] = [];
  let isSpreadsheet = false;
  let paragraph = '';
  let skipDepth = 0;
  let paragraphDepth = 0;
  let tableDepth = 0;
  let rows: HtmlCell[][] = [];
  let tableName: string | undefined;
  let emptyRows = 0;
  let row: OpenRow | null = null;
  let cell: OpenCell | null = null;
  let rowCount = 0;
  let cellCount = 0;

  const append = (text: string) => {
    if (paragraphDepth === 0) return;
    if (tableDepth > 0) {
      if (cell) cell.text += text;
    } else paragraph += text;
  };
  const place = (target: OpenRow, placed: HtmlCell, times: number) => {
    for (let copy = 0; copy < times && target.width < maxColumns; copy++) {
      cellCount += placed.colSpan * placed.rowSpan;
      if (cellCount > limits.maxCells) throw tooManyCells(`单元格超过 ${limits.maxCells} 个`);
      target.cells.push(copy === 0 ? placed : { ...placed });
      target.width += placed.colSpan;
    }
  };
  const addRow = (cells: HtmlCell[]) => {
    rowCount++;
    if (rowCount > limits.maxRows) throw tooManyRows();
    rows.push(cells);
  };

  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    if (skipDepth > 0 || unreadElements.has(name)) {
      skipDepth++;
      return;
    }
    // Structure only from the outermost table; a nested table's text goes into the outer cell.
    const isOuter = tableDepth === 1;
    switch (name) {
      case 'spreadsheet':
        isSpreadsheet = true;
        break;
      case 'table':
        tableDepth++;
        if (tableDepth === 1) {
          rows = [];
          emptyRows = 0;
          tableName = isSpreadsheet ? attribute(tag, 'name') : undefined;
        }
        break;
      case 'table-row':
        if (isOuter) row = { cells: [], emptyCells: 0, width: 0, repeat: count(tag, 'number-rows-repeated', Number.MAX_SAFE_INTEGER, tooManyRows) };
        break;
      case 'table-cell':
        if (isOuter && row) {
          const spanTooWide = () => tooManyCells(`中有横跨超过 ${limits.maxColumnSpan} 列的单元格`);
          cell = {
            text: '',
            colSpan: count(tag, 'number-columns-spanned', limits.maxColumnSpan, spanTooWide),
            rowSpan: count(tag, 'number-rows-spanned', limits.maxRowIndex, () => tooManyCells(`中有纵跨超过 ${limits.maxRowIndex} 行的单元格`)),
            repeat: count(tag, 'number-columns-repeated', Number.MAX_SAFE_INTEGER, spanTooWide),
            value: attribute(tag, 'value') ?? attribute(tag, 'date-value')?.slice(0, 10) ?? attribute(tag, 'string-value') ?? '',
          };
        }
        break;
      case 'p':
      case 'h':
        paragraphDepth++;
        break;
      case 's':
        append(' '.repeat(Math.min(maxSpaces, count(tag, 'c', Number.MAX_SAFE_INTEGER, () => tooManyCells('')))));
        break;
      case 'tab':
        append(' ');
        break;
      case 'line-break':
        append('\n');
        break;
    }
  });
  parser.on('text', (text) => {
    if (skipDepth === 0) append(text);
  });
  parser.on('closetag', (tag) => {
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    const isOuter = tableDepth === 1;
    switch (localName(tag.name)) {
      case 'p':
      case 'h':
        paragraphDepth = Math.max(0, paragraphDepth - 1);
        if (paragraphDepth > 0 || tableDepth > 0) {
          if (cell) cell.text += '\n';
        } else {
          if (paragraph.trim()) blocks.push({ kind: 'paragraph', text: paragraph });
          paragraph = '';
        }
        break;
      case 'table-cell': {
        if (!isOuter || !cell || !row) break;
        const text = cell.text.trim() || cell.value.trim();
        const read: HtmlCell = { text, rowSpan: cell.rowSpan, colSpan: cell.colSpan };
        if (isEmpty(read)) row.emptyCells += cell.repeat;
        else {
          // Empty cells before this one are placed now; empty cells at a row's end never are.
          place(row, { text: '', rowSpan: 1, colSpan: 1 }, row.emptyCells);
          row.emptyCells = 0;
          place(row, read, cell.repeat);
        }
        cell = null;
        break;
      }
      case 'covered-table-cell':
        // A position a spanned cell covers: the span places it (as an HTML table's), nothing to add.
        break;
      case 'table-row':
        if (!isOuter || !row) break;
        if (row.cells.length === 0) emptyRows += row.repeat;
        else {
          // Empty rows between rows with text are kept (a few), empty rows at a table's end never are.
          for (let kept = 0; kept < Math.min(emptyRows, maxEmptyRowsKept); kept++) addRow([]);
          emptyRows = 0;
          for (let copy = 0; copy < row.repeat; copy++) {
            addRow(copy === 0 ? row.cells : row.cells.map((each) => ({ ...each })));
            if (copy > 0) cellCount += row.width;
            if (cellCount > limits.maxCells) throw tooManyCells(`单元格超过 ${limits.maxCells} 个`);
          }
        }
        row = null;
        break;
      case 'table':
        if (isOuter && rows.length > 0) blocks.push({ kind: 'table', rows, ...(tableName === undefined ? {} : { name: tableName }) });
        tableDepth = Math.max(0, tableDepth - 1);
        break;
    }
  });
  parseXml(parser, xml, '无法读取该 OpenDocument 文件（内容不完整或已损坏）：请用 WPS/LibreOffice 打开后另存为 .xlsx/.docx 再导入');
  return { blocks, isSpreadsheet };
}

/** An .ods/.odt package's content.xml, checked by the zip guard; refused when encrypted or missing. */
function readPackageContent(bytes: Buffer, limits: ImportLimits, label: string): string {
  const { keptParts } = inspectZip({ bytes, limits, label, keepParts: (name) => name === 'content.xml' || name === 'META-INF/manifest.xml' });
  if (keptParts.get('META-INF/manifest.xml')?.includes('encryption-data')) {
    throw new ImportError('encrypted', `该${label}文件已加密（设置了打开密码）：请去掉密码后再导入`);
  }
  const content = keptParts.get('content.xml');
  if (!content) throw new ImportError('not-a-document', `该文件不是 OpenDocument 文档（缺少 content.xml）：请确认上传的是${label}文件`);
  return content.toString('utf8');
}

/** The content of a package (`label` ".ods"/".odt") or, without a label, of a flat file. */
function contentOf(bytes: Buffer, limits: ImportLimits, label: string | null): string {
  return label === null ? decodeXml(bytes) : readPackageContent(bytes, limits, label);
}

/**
 * The paragraphs and tables of an OpenDocument file (a package when `label` is ".ods"/".odt", a
 * flat file when null), for the indicator reader's grid (grid/from-html.ts lays them out).
 */
export async function readOdfBlocks(bytes: Buffer, limits: ImportLimits, label: string | null): Promise<Block[]> {
  const { SaxesParser } = await import('saxes');
  return readBlocks(contentOf(bytes, limits, label), limits, SaxesParser).blocks;
}

/**
 * The text lines of an OpenDocument file's content: a text's paragraphs and tables, a spreadsheet's sheets a blank line
 * apart (each sheet's name and first line into `sheets` when given).
 */
async function readContentLines(xml: string, limits: ImportLimits, sheets?: SheetStart[]): Promise<string[]> {
  const { SaxesParser } = await import('saxes');
  const { blocks, isSpreadsheet } = readBlocks(xml, limits, SaxesParser);
  if (!isSpreadsheet) return layOutBlocks(blocks, limits.maxCells);
  const lines: string[] = [];
  for (const block of blocks) {
    const sheetLines = layOutBlocks([block], limits.maxCells);
    if (sheetLines.length === 0) continue;
    if (lines.length > 0) lines.push('');
    if (block.kind === 'table' && block.name !== undefined) sheets?.push({ name: block.name, line: lines.length + 1 });
    lines.push(...sheetLines);
  }
  return lines;
}

/** The text lines of an .ods/.odt package (its content.xml). */
export async function readOdfLines(bytes: Buffer, limits: ImportLimits, label: string, sheets?: SheetStart[]): Promise<string[]> {
  return readContentLines(contentOf(bytes, limits, label), limits, sheets);
}

/** The text lines of a flat OpenDocument file (.fods/.fodt, one XML file). */
export async function readFlatOdfLines(bytes: Buffer, limits: ImportLimits, sheets?: SheetStart[]): Promise<string[]> {
  return readContentLines(contentOf(bytes, limits, null), limits, sheets);
}

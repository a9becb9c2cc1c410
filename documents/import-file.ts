/**
 * Import of a file in any supported format (.txt, .csv, .xlsx, .docx, .pdf, .ofd, .html, .mht,
 * OpenDocument .ods/.odt, Office and OpenDocument XML; old .xls/.doc/.et/.wps through LibreOffice,
 * legacy-office/; a scanned .pdf and a .png/.jpg picture of a table through OCR, ocr/) into the
 * document model. The header facts are read from the file's text lines
 * (documents/text); the indicator tables go through the one grid reader (documents/grid): Office,
 * OpenDocument and web files give their grid with its merges (grid/read-file-grid.ts), an .ofd's
 * pages become the PDF reader's positioned content (documents/ofd) and are read as a PDF's, text
 * goes through recoverGrid. Hostile or unreadable files give an ImportError.
 */
import type { PerformanceDocument } from '../core/model.ts';
import { readDocxLines } from './docx/read-docx.ts';
import { isHtmlTable, readHtmlLines } from './html/read-html.ts';
import { isMht, readMhtLines } from './html/read-mht.ts';
import { isFlatOdf, odfPackageKind, readFlatOdfLines, readOdfLines } from './odf/read-odf.ts';
import { isWordXml, readWordXmlLines } from './office-xml/read-word-xml.ts';
import { isXmlSpreadsheet, readXmlSpreadsheetLines } from './office-xml/read-xml-spreadsheet.ts';
import { applyIndicatorTable } from './grid/apply-indicator-table.ts';
import type { Grid } from './grid/grid.ts';
import type { ColumnRoleOverride } from './grid/header-band.ts';
import { readFileGrid } from './grid/read-file-grid.ts';
import { readIndicatorGrid } from './grid/read-indicator-table.ts';
import type { GridTableChoice } from './grid/next-table-row.ts';
import { recoverTextGrid } from './grid/read-text-indicators.ts';
import { defaultImportLimits, ImportError, type ImportLimits } from './import-error.ts';
import type { PdfPageContent } from './pdf/lattice-reading.ts';
import { markPageStarts, pdfContentLines, readPdfLines, readPdfPageContents } from './pdf/read-pdf.ts';
import { csvToTabRows } from './text/csv-rows.ts';
import { describeMissingText, describeUnreadScan, findMissingText } from './pdf/scanned-pdf.ts';
import { ocrReadMessage, readScannedPdf, type OcrSettings } from './ocr/read-scanned-pdf.ts';
import { isPictureExtension, pictureAsPdf, pictureExtensions } from './ocr/picture-pdf.ts';
import { readOfdLines, readOfdPageContents } from './ofd/read-ofd.ts';
import { ofdPicturesAsPdf } from './ofd/ofd-pictures.ts';
import { splitLines } from './text/normalize.ts';
import { readTextTables, type TextTable } from './text/read-text.ts';
import { readXlsxLines } from './xlsx/read-xlsx.ts';
import { convertLegacyOffice, isLegacyOfficeExtension, legacyOfficeFormats, type LegacyOfficeExtension } from './legacy-office/convert-legacy-office.ts';
import { isCompoundFile, isZipFile } from './xlsx/zip-guard.ts';
import { decodeTextBytes } from '../core/decode-text.ts';
import { fillFromSheetName, findSheetTables, findTableSheet, severalSheetsFinding, sheetGrid, sheetLines, sheetTitleOf, type SheetStart } from './workbook-sheets.ts';
import { shiftSourceLines } from './text/table-start.ts';
import { readTitle } from './text/title.ts';

export {
  ImportError,
  importErrorCodes,
  defaultImportLimits,
  type ImportErrorCode,
  type ImportLimits,
} from './import-error.ts';

/**
 * csv: an Excel sheet saved as CSV is text; the text reader turns its rows into cells (text/csv-rows.ts).
 * ods/odt/fods/fodt: OpenDocument (odf/read-odf.ts). xml: a Word XML document, an XML Spreadsheet
 * or a flat OpenDocument file, told by its content. png/jpg/jpeg/tif/tiff: a photo or scan of a table, made
 * into a PDF of the picture (a TIFF: of each of its pages) and read by OCR (documents/ocr/picture-pdf.ts).
 */
const readExtensions = ['txt', 'csv', 'xlsx', 'docx', 'pdf', 'ofd', 'html', 'htm', 'mht', 'mhtml', 'ods', 'odt', 'fods', 'fodt', 'xml', ...pictureExtensions] as const;
/** What is read, by extension or, for a file named otherwise, by its content (an XML Spreadsheet, a Word XML document, a flat OpenDocument file). */
type ReadExtension = (typeof readExtensions)[number] | 'xml-spreadsheet' | 'word-xml' | 'flat-odf';
/** Macro-enabled workbooks and documents and templates are .xlsx/.docx inside: read as those. */
const officeOpenXmlAliases = { xlsm: 'xlsx', xltx: 'xlsx', xltm: 'xlsx', docm: 'docx', dotx: 'docx', dotm: 'docx' } as const;
type OfficeOpenXmlAlias = keyof typeof officeOpenXmlAliases;
/** Old Office formats (and their templates) are converted to .xlsx/.docx by LibreOffice first (legacy-office/convert-legacy-office.ts). */
export const importExtensions = [
  ...readExtensions,
  ...(Object.keys(officeOpenXmlAliases) as OfficeOpenXmlAlias[]),
  ...(Object.keys(legacyOfficeFormats) as LegacyOfficeExtension[]),
] as const;
export type ImportExtension = (typeof readExtensions)[number] | OfficeOpenXmlAlias | LegacyOfficeExtension;

export interface ImportFileInput {
  bytes: Buffer;
  fileName: string;
  /** Overrides of the default limits (tests, or a server setting). */
  limits?: Partial<ImportLimits>;
  /** How a scan is read by OCR, where not the default (the OCR benchmark compares settings). */
  ocrSettings?: OcrSettings;
  /** Which table of a file holding several to read (0-based; default the first; past the last: the last). */
  table?: number;
}

/** The file's extension, lower case ("xlsx"), or null when it is not one we read. */
export function findExtension(fileName: string): ImportExtension | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  return (importExtensions as readonly string[]).includes(extension ?? '')
    ? (extension as ImportExtension)
    : null;
}

function decodeText(bytes: Buffer): string {
  // UTF-8, UTF-16 from Notepad, or GBK from Notepad/Excel on a Chinese Windows (core/decode-text.ts).
  const text = decodeTextBytes(bytes);
  if (text.includes('\u0000')) throw new ImportError('damaged-file', '该文件不是文本文件：请确认文件类型');
  return text;
}

/**
 * The text lines of a file, by its extension. A .pdf's (or an .ofd's) pages, once read, are kept in
 * `pdfPages` when given: the grid is read from them too, so the file is parsed once per import.
 */
export async function readFileLines(input: {
  bytes: Buffer;
  extension: ReadExtension;
  limits: ImportLimits;
  pdfPages?: PdfPageContent[];
  /** A workbook's sheets, their names and first lines, filled when given. */
  sheets?: SheetStart[];
}): Promise<string[]> {
  const { bytes, extension, limits } = input;
  if (extension === 'pdf' && input.pdfPages) {
    input.pdfPages.push(...(await readPdfPageContents(bytes, limits)));
    return markPageStarts(pdfContentLines(input.pdfPages));
  }
  if (extension === 'ofd' && input.pdfPages) {
    input.pdfPages.push(...(await readOfdPageContents(bytes, limits)));
    return markPageStarts(pdfContentLines(input.pdfPages));
  }
  switch (extension) {
    case 'txt':
      return decodeText(bytes).split(/\r\n?|\n/);
    case 'csv':
      return readCsvLines(decodeText(bytes));
    case 'xlsx':
      return readXlsxLines(bytes, limits, input.sheets);
    case 'docx':
      return readDocxLines(bytes, limits);
    case 'pdf':
      return readPdfLines(bytes, limits);
    case 'ofd':
      return readOfdLines(bytes, limits);
    case 'html':
    case 'htm':
      return readHtmlLines(bytes, limits, input.sheets);
    case 'mht':
    case 'mhtml':
      return readMhtLines(bytes, limits);
    case 'xml-spreadsheet':
      return readXmlSpreadsheetLines(bytes, limits, input.sheets);
    case 'word-xml':
      return readWordXmlLines(bytes, limits);
    case 'ods':
    case 'odt':
      return readOdfLines(bytes, limits, `.${extension}`, input.sheets);
    case 'fods':
    case 'fodt':
    case 'flat-odf':
      return readFlatOdfLines(bytes, limits, input.sheets);
    case 'png':
    case 'jpg':
    case 'jpeg':
    case 'tif':
    case 'tiff':
      // Pictures have no text of their own: readImportedFile reads them by OCR.
      return readPdfLines(pictureAsPdf(bytes, extension, `图片.${extension}`), limits);
    case 'xml':
      // Only what contentFormat recognised is read; any other XML is not a table we know.
      throw new ImportError('unsupported-format', '该 XML 文件不是 Word 或 Excel 保存的表格（XML 格式 Word 文档、XML 表格或 OpenDocument）：请用 Word/Excel/WPS 打开后另存为 .docx/.xlsx 再导入');
  }
}

/** The stream an encrypted .xlsx/.docx keeps its content in (its name in the compound file's directory, UTF-16). */
const encryptedPackage = Buffer.from('EncryptedPackage', 'utf16le');

/**
 * How a file is read: by what its bytes are where its name says otherwise, as systems and clerks
 * name files. An "Excel" download that is an HTML table is read as the web page it is, one that is
 * a single file web page (.mht) or Excel 2003's XML Spreadsheet as that, and a "Word" export that is
 * a Word XML document (a Java system's template, named .doc or .docx) as that (none goes to LibreOffice);
 * a .xlsx/.docx renamed .xls/.doc is read as itself, and an old .xls/.doc renamed .xlsx/.docx is
 * converted as the old file it is (an encrypted .xlsx/.docx, also a compound file, is refused as
 * encrypted by the zip guard). An OpenDocument file under an Office name is read as OpenDocument; an
 * .xml only when it is one of the XML formats above.
 */
export function contentFormat(named: ImportExtension, bytes: Buffer): ReadExtension | LegacyOfficeExtension {
  const found = Object.hasOwn(officeOpenXmlAliases, named) ? officeOpenXmlAliases[named as OfficeOpenXmlAlias] : (named as ReadExtension | LegacyOfficeExtension);
  const odfKind = odfPackageKind(bytes);
  const odf = odfKind === 'spreadsheet' ? 'ods' : odfKind === 'text' ? 'odt' : null;
  if (isLegacyOfficeExtension(found)) {
    if (isHtmlTable(bytes)) return 'html';
    if (isMht(bytes)) return 'mht';
    if (isXmlSpreadsheet(bytes)) return 'xml-spreadsheet';
    if (isWordXml(bytes)) return 'word-xml';
    if (isFlatOdf(bytes)) return 'flat-odf';
    if (odf) return odf;
    if (isZipFile(bytes)) return legacyOfficeFormats[found].target;
    return found;
  }
  if (found === 'xml') {
    if (isXmlSpreadsheet(bytes)) return 'xml-spreadsheet';
    if (isWordXml(bytes)) return 'word-xml';
    if (isFlatOdf(bytes)) return 'flat-odf';
    return found;
  }
  if ((found === 'xlsx' || found === 'docx') && odf) return odf;
  if (found === 'docx' && isWordXml(bytes)) return 'word-xml';
  if ((found === 'xlsx' || found === 'docx') && isCompoundFile(bytes) && !bytes.includes(encryptedPackage)) {
    return found === 'xlsx' ? 'xls' : 'doc';
  }
  return found;
}

/** Reads an uploaded file into one document with the reader's findings; throws ImportError when it cannot. */
export async function importFile(input: ImportFileInput): Promise<PerformanceDocument> {
  return (await readImportedFile(input)).document;
}

/** What readImportedFile read: the document, the grid its indicators came from, and the file's tables (one unless several). */
export interface ImportedFile {
  document: PerformanceDocument;
  grid: Grid | null;
  /** The tables of a file holding several (text/several-documents.ts); one entry otherwise. */
  tables: TextTable[];
  /** The table read (0-based), and its lines: the grid's rows of that table (grid/next-table-row.ts). */
  table: GridTableChoice;
}

/**
 * The document and the grid its indicators were read from (the import review screen shows it).
 * `columnRoles` is an explicit column-role mapping for the indicator reader (a reviewed or saved
 * named layout); without it the vocabulary decides, exactly as importFile does.
 */
export async function readImportedFile(input: ImportFileInput & { columnRoles?: ColumnRoleOverride; shouldKeepGrid?: boolean }): Promise<ImportedFile> {
  const read = await readFileContent(input);
  fillYearFromFileName(read.document, input.fileName);
  return read;
}

/** A year in a file's name ("2024年度警用车辆更新项目绩效自评表.xlsx", "2023年自评表"): 年 after it, so a code or a date is none. */
const FILE_NAME_YEAR = /(?<!\d)((?:19|20)\d{2})年/;

/**
 * A document that states no year of its own takes the one its file's name gives, saying so: a table whose title
 * row was left out, a sheet copied without its heading. The name is the clerk's or the publisher's, so it only fills a gap.
 */
export function fillYearFromFileName(document: PerformanceDocument, fileName: string): void {
  if (document.year != null) return;
  const year = FILE_NAME_YEAR.exec(fileName)?.[1];
  if (year === undefined) return;
  document.year = Number(year);
  document.findings.push({ severity: 'info', code: 'year-from-file-name', message: `文档中没有写明年度，按文件名“${fileName}”取为${year}年度：请核对。`, path: 'year' });
}

async function readFileContent(input: ImportFileInput & { columnRoles?: ColumnRoleOverride; shouldKeepGrid?: boolean }): Promise<ImportedFile> {
  const limits = { ...defaultImportLimits, ...input.limits };
  const { fileName } = input;
  const found = findExtension(fileName);
  if (!found) {
    throw new ImportError(
      'unsupported-format',
      `不支持“${fileName}”的文件类型：请上传 .xlsx、.docx、.pdf、.ofd、.txt、.csv、网页 .html/.mht、OpenDocument .ods/.odt、旧版 .xls、.doc 文件，或表格的照片、扫描图片 .jpg/.png/.tif`,
    );
  }
  if (input.bytes.length === 0) throw new ImportError('empty-file', `“${fileName}”是空文件`);
  if (input.bytes.length > limits.maxFileBytes) {
    throw new ImportError(
      'file-too-large',
      `“${fileName}”超过 ${Math.round(limits.maxFileBytes / 1024 / 1024)} MB 的上限：请只保留绩效表所在的内容后再导入`,
    );
  }
  // An old .xls/.doc becomes the .xlsx/.docx LibreOffice saves it as; the same guards then apply.
  const format = contentFormat(found, input.bytes);
  let { bytes, extension } = isLegacyOfficeExtension(format)
    ? {
        bytes: await convertLegacyOffice({
          bytes: input.bytes,
          extension: format,
          fileName,
          timeoutMs: limits.maxConversionSeconds * 1000,
          memoryBytes: limits.maxConversionMemoryMb * 1024 * 1024,
        }),
        extension: legacyOfficeFormats[format].target,
      }
    : isPictureExtension(format)
      ? { bytes: pictureAsPdf(input.bytes, format, fileName), extension: 'pdf' as const }
      : { bytes: input.bytes, extension: format };
  const pdfPages: PdfPageContent[] = [];
  const sheets: SheetStart[] = [];
  let lines: string[];
  try {
    lines = await readFileLines({ bytes, extension, limits, pdfPages, sheets });
  } catch (error) {
    // A scanned .ofd (pages of pictures, no text): its pictures as a PDF, read by OCR below as a scanned PDF is.
    const scan = extension === 'ofd' && error instanceof ImportError && error.code === 'no-text' ? await ofdPicturesAsPdf(bytes, limits, fileName) : null;
    if (!scan) throw error;
    [bytes, extension] = [scan, 'pdf'];
    pdfPages.length = 0;
    lines = await readFileLines({ bytes, extension, limits, pdfPages });
  }
  // A workbook of several tables, one a sheet: the chosen sheet is read alone (workbook-sheets.ts).
  const sheetTables = findSheetTables(lines, sheets);
  if (sheetTables.length > 0) return readSheetTable({ ...input, lines, sheets, sheetTables, bytes, extension, limits });
  const sheet = findTableSheet(lines, sheets);
  const sheetTitle = sheetTitleOf(sheet);
  const tableOption = { ...(input.table === undefined ? {} : { table: input.table }), ...(sheetTitle ? { sheetTitle } : {}) };
  let { document, tables } = readTextTables(lines.join('\n'), tableOption);
  const missingText = !document && extension === 'pdf' ? findMissingText(pdfPages, bytes) : null;
  if (missingText) {
    // A scan: its pages read by OCR where tesseract is installed, then as a PDF's (documents/ocr). A garbled text
    // layer likewise: the page's picture shows the characters its text layer lost.
    const ocrStart = Date.now();
    const scanned = missingText !== 'no-text' ? await readScannedPdf({ bytes, fileName, pageCount: pdfPages.length, limits, settings: input.ocrSettings }) : null;
    if (!scanned || 'missing' in scanned) {
      throw new ImportError('no-text', describeMissingText({ fileName, missing: missingText, ocrMissing: scanned?.missing, isPicture: isPictureExtension(format) }));
    }
    pdfPages.splice(0, pdfPages.length, ...scanned);
    lines = markPageStarts(pdfContentLines(pdfPages));
    ({ document, tables } = readTextTables(lines.join('\n'), tableOption));
    // No document: pages scanned sideways? Read again with each page's orientation checked and turned upright, within
    // what the first reading left of the OCR time budget (the server's worker stops at it); out of time, the scan is unread.
    const secondsLeft = Math.floor(limits.maxOcrSeconds - (Date.now() - ocrStart) / 1000);
    const turned =
      document || secondsLeft < 1
        ? null
        : await readScannedPdf({ bytes, fileName, pageCount: pdfPages.length, limits: { ...limits, maxOcrSeconds: secondsLeft }, settings: input.ocrSettings, isTurnChecked: true }).catch((error: unknown) => {
            if (error instanceof ImportError) return null;
            throw error;
          });
    if (turned && !('missing' in turned)) {
      pdfPages.splice(0, pdfPages.length, ...turned);
      lines = markPageStarts(pdfContentLines(pdfPages));
      ({ document, tables } = readTextTables(lines.join('\n'), tableOption));
    }
    if (!document) throw new ImportError('no-text', describeUnreadScan(fileName));
    document.findings.unshift({ severity: 'warning', code: 'ocr-read', message: ocrReadMessage, path: '' });
  }
  if (!document) {
    throw new ImportError(
      'not-a-document',
      `“${fileName}”不是可识别的绩效文档：找不到目标表、批复表、自评表或评价报告的标题和栏目`,
    );
  }
  if (sheet && sheetTitle) fillFromSheetName(document, sheet, sheetTitle);
  // Office files keep their cells: the indicators are read from the file's own grid (merges as
  // spans), not from the text it was flattened to for the header facts. Monitoring tables keep
  // what their own reader found (documents/monitoring: 1-N月 columns the grid reader does not store).
  // A file of several tables: which one the text reader read, and its lines, for the grid to read the same.
  const index = Math.min(Math.max(input.table ?? 0, 0), tables.length - 1);
  const nextLine = tables[index + 1]?.line;
  const table: GridTableChoice = { index, ...(index > 0 ? { startLine: tables[index]?.line } : {}), ...(nextLine === undefined ? {} : { endLine: nextLine }) };
  const isTable = document.kind !== 'evaluation-report' && document.kind !== 'monitoring';
  const fileGrid = isTable ? await readFileGrid({ bytes, extension, limits, pdfPages }) : null;
  if (fileGrid) {
    const read = readIndicatorGrid(fileGrid, { columnRoles: input.columnRoles, table });
    if (read.hasTable) applyIndicatorTable(document, read);
    return { document, grid: fileGrid, tables, table };
  }
  // Text and PDF: the text reader has read the indicators already; a mapping re-reads its grid.
  if (!input.columnRoles && !input.shouldKeepGrid) return { document, grid: null, tables, table };
  const grid = recoverTextGrid(splitLines(lines.join('\n'))).grid;
  if (isTable && input.columnRoles) {
    const read = readIndicatorGrid(grid, { columnRoles: input.columnRoles, table });
    if (read.hasTable) applyIndicatorTable(document, read);
  }
  return { document, grid, tables, table };
}

/** One sheet of a workbook of several tables, one a sheet: its lines, its name as its title, its grid's rows. */
async function readSheetTable(input: ImportFileInput & {
  columnRoles?: ColumnRoleOverride;
  lines: string[];
  sheets: SheetStart[];
  sheetTables: SheetStart[];
  extension: ReadExtension;
  limits: ImportLimits;
}): Promise<ImportedFile> {
  const { sheetTables, fileName } = input;
  const index = Math.min(Math.max(input.table ?? 0, 0), sheetTables.length - 1);
  const sheet = sheetTables[index]!;
  const sheetTitle = sheetTitleOf(sheet);
  const { document } = readTextTables(sheetLines(input.lines, input.sheets, sheet).join('\n'), sheetTitle ? { sheetTitle } : {});
  if (!document) throw new ImportError('not-a-document', `“${fileName}”的工作表“${sheet.name}”不是可识别的绩效表：找不到目标表、批复表或自评表的标题和栏目`);
  shiftSourceLines(document, sheet.line - 1);
  document.findings.push(severalSheetsFinding(sheetTables, index));
  if (sheetTitle) fillFromSheetName(document, sheet, sheetTitle);
  const tables: TextTable[] = sheetTables.map((table, at) => ({ line: table.line, kind: at === 0 ? null : (readTitle(sheetLines(input.lines, input.sheets, table)).kind ?? sheetTitleOf(table)?.kind ?? null) }));
  const table: GridTableChoice = { index };
  const isTable = document.kind !== 'evaluation-report' && document.kind !== 'monitoring';
  const fileGrid = isTable ? await readFileGrid({ bytes: input.bytes, extension: input.extension, limits: input.limits }) : null;
  if (!fileGrid) return { document, grid: null, tables, table };
  const grid = sheetGrid(fileGrid, sheet);
  const read = readIndicatorGrid(grid, { columnRoles: input.columnRoles, table: { index: 0 } });
  if (read.hasTable) applyIndicatorTable(document, read);
  return { document, grid, tables, table };
}

/**
 * A .csv file's lines as tab rows: a sheet saved as CSV by Excel or WPS quotes only the cells that need it, so
 * the text readers' test for a CSV published as text (several quoted records, csv-rows.ts) does not hold; the
 * file's name says it is one. A .csv that holds tabs is a tab dump named .csv and is read as it is.
 */
export function readCsvLines(text: string): string[] {
  const unified = text.replace(/\r\n?/g, '\n');
  return (unified.includes('\t') ? unified : csvToTabRows(unified)).split('\n');
}

/**
 * The finance bureau's summary workbook: one row per unit and document (state, execution rate,
 * score, grade, findings by severity), header frozen and filtered. The sheet's XML is written
 * directly and zipped whole (write-zip.ts): a province's 22,000 rows took exceljs's streaming
 * writer 0.6-0.8 s of CPU, most of it per-cell objects and zip chunks (bench/summary-phases.ts).
 * What a person sees is what exceljs wrote (same parts, styles, widths, frozen header, filter);
 * write-summary.test.ts compares the cells with the previous writer's (write-summary-exceljs-test-support.ts).
 */
import { createRequire } from 'node:module';
import type { DocumentKind, Grade, PerformanceDocument, Scope } from '../../core/model.ts';
import { packSummaryRows, summaryNumberColumns, summaryTextColumns, type SummaryTable } from './pack-summary-rows.ts';
import { asciiBytes, AsciiWriter } from './ascii-writer.ts';
import { compressPart, writeZip, type CompressedPart } from './write-zip.ts';

export interface SummaryRow {
  unit: string;
  supervisor?: string | null;
  year: number | null;
  kind: DocumentKind;
  scope?: Scope;
  /** Workflow state as people read it: 单位填报, 财政审核, 已批复 … */
  state: string;
  /** 执行率 in percent ("100" for 100%). */
  executionRate: string | null;
  score: string | null;
  grade: Grade | null;
  findings: { error: number; warning: number; info: number };
}

/**
 * The columns in order. 得分 has no width of its own: exceljs took 9 for its default width and
 * wrote none, so the column has always shown at the spreadsheet's default; kept so.
 */
export const summaryColumns: ReadonlyArray<{ header: string; width?: number; isNumber?: true }> = [
  { header: '单位', width: 28 },
  { header: '主管部门', width: 20 },
  { header: '年度', width: 8 },
  { header: '文档', width: 26 },
  { header: '状态', width: 12 },
  { header: '执行率(%)', width: 11, isNumber: true },
  { header: '得分', isNumber: true },
  { header: '等级', width: 7 },
  { header: '错误', width: 7 },
  { header: '警告', width: 7 },
  { header: '提示', width: 7 },
];

/** A summary row of one stored document. */
export function summarizeDocument(document: PerformanceDocument, state: string): SummaryRow {
  const count = (severity: 'error' | 'warning' | 'info') =>
    document.findings.filter((finding) => finding.severity === severity).length;
  return {
    unit: document.unit,
    supervisor: document.supervisor ?? null,
    year: document.year,
    kind: document.kind,
    scope: document.scope,
    state,
    executionRate: document.budget.executionRate ?? null,
    score: document.totals.score ?? document.totals.suggestedScore ?? null,
    grade: document.totals.grade ?? document.totals.enteredGrade ?? document.totals.suggestedGrade ?? null,
    findings: { error: count('error'), warning: count('warning'), info: count('info') },
  };
}


const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const mainNamespace = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const columnLetters = 'ABCDEFGHIJK';
/** Styles (cellXfs in styles.xml): 1 the bold 宋体 header, 2 the built-in number format 0.00. */
const headerStyle = 1;
const twoDecimalsStyle = 2;
/**
 * zlib level of the sheet: 1 compresses the repetitive sheet XML to within a few percent of the
 * default level's size at a third of the time (bench/summary-phases.ts).
 */
const sheetCompressionLevel = 1;

/** Characters XML 1.0 cannot carry are dropped and markup characters escaped, as exceljs did. */
// The control characters are what this pattern is for.
// eslint-disable-next-line no-control-regex
const markupOrInvalid = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/g;
const escapes: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
function escapeXml(text: string): string {
  return text.replace(markupOrInvalid, (character) => escapes[character] ?? '');
}

/** The parts that never change, compressed once per process. */
let fixedParts: CompressedPart[] | undefined;
function getFixedParts(): CompressedPart[] {
  if (fixedParts) return fixedParts;
  // Office's default theme as exceljs ships it (the body font and colours refer to it).
  const theme = createRequire(import.meta.url)('exceljs/lib/xlsx/xml/theme1.js') as string;
  fixedParts = [
    {
      name: '[Content_Types].xml',
      data: `${xmlDeclaration}\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `${xmlDeclaration}\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${relationships}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    },
    {
      name: 'docProps/app.xml',
      data: `${xmlDeclaration}\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>汇总</vt:lpstr></vt:vector></TitlesOfParts><Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `${xmlDeclaration}\n<workbook xmlns="${mainNamespace}" xmlns:r="${relationships}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><fileVersion appName="xl" lastEdited="5" lowestEdited="5" rupBuild="9303"/><workbookPr defaultThemeVersion="164011" filterPrivacy="1"/><sheets><sheet sheetId="1" name="汇总" state="visible" r:id="rId3"/></sheets><calcPr calcId="171027"/></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `${xmlDeclaration}\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationships}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${relationships}/theme" Target="theme/theme1.xml"/><Relationship Id="rId3" Type="${relationships}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId4" Type="${relationships}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    },
    {
      name: 'xl/styles.xml',
      data: `${xmlDeclaration}\n<styleSheet xmlns="${mainNamespace}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main"><fonts count="2" x14ac:knownFonts="1"><font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font><font><b/><name val="宋体"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/><extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext><ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst></styleSheet>`,
    },
    { name: 'xl/theme/theme1.xml', data: theme },
  ].map((part) => compressPart(part, 6));
  return fixedParts;
}

function writeCoreProperties(now: Date): string {
  const stamp = `${now.toISOString().slice(0, 19)}Z`;
  return `${xmlDeclaration}\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>ExcelJS</dc:creator><cp:lastModifiedBy>ExcelJS</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`;
}

/** <cols>: neighbouring columns of one width share an element; a column without a width has none. */
function writeColumns(): string {
  const elements: string[] = [];
  for (let index = 0; index < summaryColumns.length; index += 1) {
    const width = summaryColumns[index]!.width;
    if (width === undefined) continue;
    let last = index;
    while (summaryColumns[last + 1]?.width === width) last += 1;
    elements.push(`<col min="${index + 1}" max="${last + 1}" width="${width}" customWidth="1"/>`);
    index = last;
  }
  return `<cols>${elements.join('')}</cols>`;
}

/**
 * The texts of the sheet, each once (xl/sharedStrings.xml), referred to by index: the sheet's XML
 * is then ASCII (a province's 22,000 rows repeat some 10,000 unit names and a few dozen states,
 * kinds and 主管部门), cheap to encode and compress. The empty text stays inline, as exceljs wrote it.
 */
function writeSharedStrings(texts: readonly string[], count: number): string {
  const items = texts.map((text) => {
    // Excel trims a text's outer spaces unless told to keep them.
    const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
    return `<si><t${space}>${escapeXml(text)}</t></si>`;
  });
  return `${xmlDeclaration}\n<sst xmlns="${mainNamespace}" count="${count}" uniqueCount="${texts.length}">${items.join('')}</sst>`;
}

const sheetHead =
  `${xmlDeclaration}<worksheet xmlns="${mainNamespace}" xmlns:r="${relationships}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
  '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>' +
  '<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>';
const sheetTail = `</sheetData><autoFilter ref="A1:${columnLetters.at(-1)}1"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="portrait" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="1"/></worksheet>`;

/** The markup around a data row's values, as bytes prepared once. */
const markup = {
  rowStart: asciiBytes('<row r="'),
  rowAttributes: asciiBytes('" spans="1:11" x14ac:dyDescent="0.25">'),
  rowEnd: asciiBytes('</row>'),
  /** `<c r="A` … for each column, the row number follows. */
  cellStart: [...columnLetters].map((letter) => asciiBytes(`<c r="${letter}`)),
  shared: asciiBytes('" t="s"><v>'),
  emptyText: asciiBytes('" t="str"><v></v></c>'),
  plain: asciiBytes('"><v>'),
  decimal: asciiBytes(`" s="${twoDecimalsStyle}"><v>`),
  blankDecimal: asciiBytes(`" s="${twoDecimalsStyle}"/>`),
  valueEnd: asciiBytes('</v></c>'),
};

/** The sheet's XML as ASCII bytes, and the shared strings it refers to. */
function writeSheet(table: SummaryTable): { sheet: Buffer; sharedStrings: string } {
  // Shared string index of each text of the table (-1: the empty text, written inline).
  const shared: string[] = summaryColumns.map((column) => column.header);
  const sharedIndexes = Int32Array.from(table.texts, (text) => (text === '' ? -1 : shared.push(text) - 1));
  let sharedCount = summaryColumns.length;
  // About 380 bytes a row: one allocation for a province's sheet.
  const out = new AsciiWriter(2048 + table.rowCount * 400);
  const header = summaryColumns.map((_column, index) => `<c r="${columnLetters[index]}1" s="${headerStyle}" t="s"><v>${index}</v></c>`).join('');
  out.text(`${sheetHead}${writeColumns()}<sheetData><row r="1" spans="1:11" s="${headerStyle}" customFormat="1" x14ac:dyDescent="0.25">${header}</row>`);
  let rowNumber = 0;
  const cellStart = (column: number) => {
    out.raw(markup.cellStart[column]!);
    out.number(rowNumber);
  };
  const textCell = (column: number, textIndex: number) => {
    cellStart(column);
    const index = sharedIndexes[textIndex]!;
    if (index < 0) {
      out.raw(markup.emptyText);
      return;
    }
    sharedCount += 1;
    out.raw(markup.shared);
    out.number(index);
    out.raw(markup.valueEnd);
  };
  const numberCell = (column: number, value: number) => {
    cellStart(column);
    out.raw(markup.plain);
    out.number(value);
    out.raw(markup.valueEnd);
  };
  /** A number with two decimals shown; blank (the cell keeps its format) when there is none. */
  const decimalCell = (column: number, value: number) => {
    cellStart(column);
    if (Number.isNaN(value)) {
      out.raw(markup.blankDecimal);
      return;
    }
    out.raw(markup.decimal);
    out.number(value);
    out.raw(markup.valueEnd);
  };
  const { textCells, numbers } = table;
  const textWidth = summaryTextColumns.length;
  const numberWidth = summaryNumberColumns.length;
  for (let row = 0; row < table.rowCount; row += 1) {
    rowNumber = row + 2;
    const t = row * textWidth;
    const n = row * numberWidth;
    out.raw(markup.rowStart);
    out.number(rowNumber);
    out.raw(markup.rowAttributes);
    textCell(0, textCells[t]!);
    textCell(1, textCells[t + 1]!);
    // No year: no cell, as exceljs left it.
    if (!Number.isNaN(numbers[n]!)) numberCell(2, numbers[n]!);
    textCell(3, textCells[t + 2]!);
    textCell(4, textCells[t + 3]!);
    decimalCell(5, numbers[n + 1]!);
    decimalCell(6, numbers[n + 2]!);
    textCell(7, textCells[t + 4]!);
    numberCell(8, numbers[n + 3]!);
    numberCell(9, numbers[n + 4]!);
    numberCell(10, numbers[n + 5]!);
    out.raw(markup.rowEnd);
  }
  out.text(sheetTail);
  return { sheet: out.toBuffer(), sharedStrings: writeSharedStrings(shared, sharedCount) };
}

/** The .xlsx bytes of a summary table (pack-summary-rows.ts); in the worker thread. */
export function writeSummaryWorkbook(table: SummaryTable, now = new Date()): Buffer {
  const { sheet, sharedStrings } = writeSheet(table);
  return writeZip(
    [
      ...getFixedParts(),
      compressPart({ name: 'docProps/core.xml', data: writeCoreProperties(now) }, 6),
      compressPart({ name: 'xl/worksheets/sheet1.xml', data: sheet }, sheetCompressionLevel),
      compressPart({ name: 'xl/sharedStrings.xml', data: sharedStrings }, sheetCompressionLevel),
    ],
    now,
  );
}

/** The .xlsx bytes of the summary rows. */
export async function exportSummary(rows: readonly SummaryRow[], now = new Date()): Promise<Buffer> {
  return writeSummaryWorkbook(packSummaryRows(rows), now);
}

/**
 * The hostile-file set (issue 9): small files, generated at test time, that once froze the server,
 * filled its memory or left temp files. Each names what it attacks; the security tests and the
 * hostile benchmark send every one and expect a clear refusal (or a harmless read), fast.
 */
import { textObject, writeOfd } from '../documents/ofd/ofd-testing.ts';
import { makeRun } from './hostile-text.ts';
import { writeZip, type ZipEntry } from './zip-writer.ts';

export interface HostileFile {
  /** What the file attacks, for test names and the benchmark. */
  label: string;
  fileName: string;
  bytes: Buffer;
}

const xmlHeader = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const mainNamespace = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relationshipNamespace = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const packageRelationships = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Column letters of a 1-based column number (1 → A, 16384 → XFD). */
export function toColumnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** A .xlsx whose sheets hold the given <sheetData> rows and <mergeCells>, with inline strings. */
export function buildXlsx(sheets: ReadonlyArray<{ rows: string; merges?: string }>, options: { sheetOrder?: number[] } = {}): Buffer {
  const order = options.sheetOrder ?? sheets.map((_, index) => index);
  const entries: ZipEntry[] = [
    {
      name: '[Content_Types].xml',
      data: `${xmlHeader}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    },
    {
      name: '_rels/.rels',
      data: `${xmlHeader}<Relationships xmlns="${packageRelationships}"><Relationship Id="rId1" Type="${relationshipNamespace}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `${xmlHeader}<workbook xmlns="${mainNamespace}" xmlns:r="${relationshipNamespace}"><sheets>${order.map((index) => `<sheet name="表${index + 1}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('')}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `${xmlHeader}<Relationships xmlns="${packageRelationships}">${sheets.map((_, index) => `<Relationship Id="rId${index + 1}" Type="${relationshipNamespace}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`).join('')}</Relationships>`,
    },
    ...sheets.map((sheet, index) => ({
      name: `xl/worksheets/sheet${index + 1}.xml`,
      data: `${xmlHeader}<worksheet xmlns="${mainNamespace}" xmlns:r="${relationshipNamespace}"><sheetData>${sheet.rows}</sheetData>${sheet.merges ? `<mergeCells>${sheet.merges}</mergeCells>` : ''}</worksheet>`,
    })),
  ];
  // An unusual order: worksheets before the workbook and its relationships in the zip as well.
  const [types, rels, workbook, workbookRels, ...worksheets] = entries;
  return writeZip(options.sheetOrder ? [types!, ...worksheets, rels!, workbook!, workbookRels!] : entries);
}

/** One inline-string cell. */
export function xlsxCell(column: number, row: number, text: string): string {
  return `<c r="${toColumnLetters(column)}${row}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

/** `rowCount` rows of `columnCount` small cells each. */
export function xlsxRows(rowCount: number, columnCount: number): string {
  const rows: string[] = [];
  for (let row = 1; row <= rowCount; row++) {
    const cells: string[] = [];
    for (let column = 1; column <= columnCount; column++) cells.push(`<c r="${toColumnLetters(column)}${row}"><v>${column}</v></c>`);
    rows.push(`<row r="${row}">${cells.join('')}</row>`);
  }
  return rows.join('');
}

/** A .docx whose body is the given XML (paragraphs and tables). */
export function buildDocx(bodyXml: string): Buffer {
  const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return writeZip([
    {
      name: '[Content_Types].xml',
      data: `${xmlHeader}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `${xmlHeader}<Relationships xmlns="${packageRelationships}"><Relationship Id="rId1" Type="${relationshipNamespace}/officeDocument" Target="word/document.xml"/></Relationships>`,
    },
    { name: 'word/document.xml', data: `${xmlHeader}<w:document xmlns:w="${wordNamespace}"><w:body>${bodyXml}</w:body></w:document>` },
  ]);
}

/** A Word table cell spanning `span` grid columns. */
export function docxCell(text: string, span = 1): string {
  const properties = span > 1 ? `<w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr>` : '';
  return `<w:tc>${properties}<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
}

/** Every file of the hostile set, at the sizes the issue measured. */
export function buildHostileFiles(): HostileFile[] {
  const farRow = { rows: `<row r="1048576">${xlsxCell(1, 1048576, '远')}</row>` };
  const ofdPage = { body: textObject({ text: '2023年度部门整体支出绩效目标表', x: 20, y: 20, size: 4 }) };
  const spanRow = `<w:tr>${Array.from({ length: 20 }, () => docxCell('跨', 1000)).join('')}</w:tr>`;
  return [
    { label: 'xlsx: one cell at row 1,048,576 on 12 sheets', fileName: 'far-row.xlsx', bytes: buildXlsx(Array.from({ length: 12 }, () => farRow)) },
    { label: 'xlsx: 5,001 rows', fileName: 'many-rows.xlsx', bytes: buildXlsx([{ rows: xlsxRows(5001, 2) }]) },
    { label: 'xlsx: 4,990 × 200 cells', fileName: 'wide.xlsx', bytes: buildXlsx([{ rows: xlsxRows(4990, 200) }]) },
    { label: 'xlsx: one merge over the whole sheet', fileName: 'huge-merge.xlsx', bytes: buildXlsx([{ rows: `<row r="1">${xlsxCell(1, 1, '合')}</row>`, merges: '<mergeCell ref="A1:XFD1048576"/>' }]) },
    { label: 'xlsx: sheets listed in an unusual order', fileName: 'sheet-order.xlsx', bytes: buildXlsx([{ rows: `<row r="1">${xlsxCell(1, 1, '甲')}</row>` }, { rows: `<row r="1">${xlsxCell(1, 1, '乙')}</row>` }, { rows: `<row r="1">${xlsxCell(1, 1, '丙')}</row>` }], { sheetOrder: [2, 0, 1] }) },
    { label: 'docx: gridSpan=1000 cells', fileName: 'grid-span.docx', bytes: buildDocx(`<w:tbl>${spanRow.repeat(200)}</w:tbl>`) },
    { label: 'docx: 5,001 table rows', fileName: 'many-rows.docx', bytes: buildDocx(`<w:tbl>${`<w:tr>${docxCell('行')}</w:tr>`.repeat(5001)}</w:tbl>`) },
    { label: 'xlsx: zip bomb (60 MB of zeros)', fileName: 'bomb.xlsx', bytes: writeZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }, { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(60 * 1024 * 1024) }]) },
    // An OLE compound file whose directory names the EncryptedPackage stream, as Office stores an encrypted .xlsx
    // (a compound file without it is an old .xls renamed, converted as one: documents/import-file.ts contentFormat).
    {
      label: 'xlsx: encrypted (OLE compound file)',
      fileName: 'encrypted.xlsx',
      bytes: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(3072)]),
    },
    { label: 'ofd: zip bomb (60 MB of zeros as a picture)', fileName: 'bomb.ofd', bytes: writeOfd({ pages: [ofdPage], extraParts: [{ name: 'Doc_0/Res/image_0.png', data: Buffer.alloc(60 * 1024 * 1024) }] }) },
    { label: 'ofd: entities declared in Document.xml (billion laughs)', fileName: 'entities.ofd', bytes: writeOfd({ pages: [ofdPage], documentPrologue: `<!DOCTYPE ofd:Document [<!ENTITY a "${'哈'.repeat(100)}">${Array.from({ length: 8 }, (_, level) => `<!ENTITY e${level + 1} "${`&${level === 0 ? 'a' : `e${level}`};`.repeat(10)}">`).join('')}]>` }) },
    { label: 'ofd: 201 pages, all naming one page\'s content', fileName: 'many-pages.ofd', bytes: writeOfd({ pages: Array.from({ length: 201 }, () => ({ ...ofdPage, location: 'Pages/Page_0/Content.xml' })) }) },
    { label: 'ofd: no OFD.xml', fileName: 'no-entry.ofd', bytes: writeOfd({ pages: [ofdPage], ofdXml: null }) },
    { label: 'pdf: damaged', fileName: 'damaged.pdf', bytes: Buffer.from(`%PDF-1.7\n${'1 0 obj << /Type /Catalog >> endobj\n'.repeat(2000)}`) },
    { label: 'txt: 80,000-character runs that slow super-linear patterns', fileName: 'runs.txt', bytes: Buffer.from(`2023年度部门整体支出绩效目标表\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t${makeRun('.', 80_000)}\t${makeRun('。', 80_000)}\n`) },
  ];
}

import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { importErrorCodeOf } from './import-error.test-support.ts';
import { encodeGbk } from '../core/gb18030.test-support.ts';
import { exportDocument } from './export.ts';
import { contentFormat, findExtension, importExtensions, importFile } from './import-file.ts';
import { buildSampleSelfEvaluation, buildSampleTargetTable } from './print/sample-documents.ts';
import { defaultImportLimits } from './import-error.ts';
import { readXlsxLines } from './xlsx/read-xlsx.ts';
import { readableExtensions, reviewedExtensions } from '../web/features/workspace/file-types.ts';


/** A workbook of `rows` rows, written with the streaming writer as a hostile upload would be. */
async function buildLongWorkbook(rows: number): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream });
  const sheet = workbook.addWorksheet('Sheet1');
  for (let index = 0; index < rows; index++) sheet.addRow([index, '产出指标', '数量指标']).commit();
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

describe('findExtension', () => {
  it.each([
    ['目标表.XLSX', 'xlsx'],
    ['a.b.docx', 'docx'],
    ['报告.pdf ', 'pdf'],
    ['dump.txt', 'txt'],
    ['考评表.CSV', 'csv'],
    ['old.xls', 'xls'],
    ['旧表.ET', 'et'],
    ['公开页.MHT', 'mht'],
    ['公开页.mhtml', 'mhtml'],
    ['自评表.ODS', 'ods'],
    ['报告.odt', 'odt'],
    ['导出.xml', 'xml'],
    ['宏.xlsm', 'xlsm'],
    ['模板.dotx', 'dotx'],
    ['模板.wpt', 'wpt'],
    ['归档版.OFD', 'ofd'],
    ['照片.png', 'png'],
    ['扫描.JPEG', 'jpeg'],
    ['照片.heic', null],
    ['noextension', null],
  ])('%s → %s', (name, expected) => {
    expect(findExtension(name)).toBe(expected);
  });
});

describe('the upload card and the review screen take what the server reads', () => {
  it('the web lists every import extension but the text ones as reviewed, and each of them as readable', () => {
    const text = new Set(['txt', 'csv']);
    expect(new Set(reviewedExtensions.map((extension) => extension.slice(1)))).toEqual(new Set(importExtensions.filter((extension) => !text.has(extension))));
    for (const extension of importExtensions) expect(readableExtensions).toContain(`.${extension}`);
  });
});

describe('contentFormat: a file is read as what its bytes are, whatever its name says', () => {
  const compound = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024)]);
  const zip = Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(64)]);
  // An OpenDocument package opens with its stored "mimetype" part (a local header of 30 bytes, the name, the type).
  const odfPackage = (type: string) => Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(26), Buffer.from(`mimetype${type}`), Buffer.alloc(64)]);
  const odfSpreadsheet = odfPackage('application/vnd.oasis.opendocument.spreadsheet');
  const odfText = odfPackage('application/vnd.oasis.opendocument.text');
  const flatOdf = Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:mimetype="application/vnd.oasis.opendocument.text">');
  it.each([
    ['xls', compound, 'xls'],
    ['xls', zip, 'xlsx'],
    ['et', zip, 'xlsx'],
    ['doc', zip, 'docx'],
    ['xls', Buffer.from('<html><body><table><tr><td>一级指标'), 'html'],
    ['doc', Buffer.from('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"'), 'mht'],
    ['xls', Buffer.from('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'), 'xml-spreadsheet'],
    ['doc', Buffer.from('<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument>'), 'word-xml'],
    ['docx', Buffer.from('<?xml version="1.0"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">'), 'word-xml'],
    ['xlsx', compound, 'xls'],
    ['docx', compound, 'doc'],
    ['docx', Buffer.concat([compound, Buffer.from('EncryptedPackage', 'utf16le')]), 'docx'],
    ['xlsx', zip, 'xlsx'],
    ['pdf', compound, 'pdf'],
    ['xlsm', zip, 'xlsx'],
    ['xltx', compound, 'xls'],
    ['docm', zip, 'docx'],
    ['dotx', zip, 'docx'],
    ['xlt', compound, 'xlt'],
    ['wpt', zip, 'docx'],
    ['xlsx', odfSpreadsheet, 'ods'],
    ['xls', odfSpreadsheet, 'ods'],
    ['doc', odfText, 'odt'],
    ['docx', odfText, 'odt'],
    ['ods', odfSpreadsheet, 'ods'],
    ['xml', Buffer.from('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'), 'xml-spreadsheet'],
    ['xml', Buffer.from('<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument>'), 'word-xml'],
    ['xml', flatOdf, 'flat-odf'],
    ['doc', flatOdf, 'flat-odf'],
    ['xml', Buffer.from('<?xml version="1.0"?><rss><channel>'), 'xml'],
  ] as const)('.%s holding %#', (extension, bytes, expected) => expect(contentFormat(extension, bytes)).toBe(expected));

  it('reads a .xlsx renamed .xls as the .xlsx it is, without LibreOffice', async () => {
    const xlsx = await exportDocument(buildSampleTargetTable(), 'xlsx');
    const fromRenamed = await importFile({ bytes: xlsx, fileName: '目标表.xls' });
    expect(fromRenamed).toEqual(await importFile({ bytes: xlsx, fileName: '目标表.xlsx' }));
  });
});

describe('importFile reads text files as Chinese Windows saves them', () => {
  // An Excel sheet saved as CSV: quoted text cells, unquoted numbers (the layout of dept-self-eval-csv-quoted-cells).
  const csv = [
    '"项目支出绩效自评表（2024年度）",,,,,,,,',
    '"项目名称","巡河护岸",,"主管部门","青岚县水利局",,"实施单位","青岚县河道管理站",',
    '"项目资金（万元）",,"年初预算数","全年预算数","全年执行数","分值","执行率","得分",',
    ',"年度资金总额",50,50,45,10,"90.00%",9,',
    '"一级指标","二级指标","三级指标","年度指标值","实际完成值","分值","得分","偏差原因分析及改进措施",',
    '"产出指标","数量指标","巡查河道长度","≥120公里","130公里",50,50,,',
    '"效益指标","社会效益指标","河道保洁率","≥95%","96%",40,40,,',
    '"总分",,,,,100,99,,',
  ].join('\r\n');

  it.each([
    ['UTF-8 .csv', new TextEncoder().encode(csv), '自评.csv'],
    ['GBK .csv (Excel on a Chinese Windows)', encodeGbk(csv), '自评.csv'],
    ['GBK .txt (Notepad "ANSI")', encodeGbk(csv), '自评.txt'],
  ])('reads a %s', async (_, bytes, fileName) => {
    const document = await importFile({ bytes: Buffer.from(bytes), fileName });
    expect({ kind: document.kind, unit: document.unit, project: document.project, executed: document.budget.executed }).toEqual({
      kind: 'self-evaluation',
      unit: '青岚县河道管理站',
      project: '巡河护岸',
      executed: '45',
    });
    expect(document.goals.flatMap((goal) => goal.indicators.map((indicator) => `${indicator.name} ${indicator.actual?.text}`))).toEqual(['巡查河道长度 130公里', '河道保洁率 96%']);
  });
});

describe('importFile refuses hostile and unreadable files', () => {
  it.each([
    ['an unsupported type', { bytes: Buffer.from('x'), fileName: '目标表.gif' }, 'unsupported-format'],
    ['a picture that is none', { bytes: Buffer.from('not a picture'), fileName: '目标表.png' }, 'damaged-file'],
    ['an .xls that is neither an Office file nor a web page', { bytes: Buffer.from('部门名称\t示范县水利局\n'), fileName: '目标表.xls' }, 'damaged-file'],
    ['an empty file', { bytes: Buffer.alloc(0), fileName: '目标表.xlsx' }, 'empty-file'],
    [
      'a file over the size limit',
      { bytes: Buffer.alloc(2048, 1), fileName: '目标表.xlsx', limits: { maxFileBytes: 1024 } },
      'file-too-large',
    ],
    [
      'a .xlsx that is not a zip',
      { bytes: Buffer.from('部门名称\t湘潭县公安局\n'.repeat(5)), fileName: '目标表.xlsx' },
      'not-a-zip',
    ],
    [
      'a password-protected .docx',
      {
        // Office keeps an encrypted .docx in a compound file whose directory names its EncryptedPackage stream.
        bytes: Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(3072)]),
        fileName: '报告.docx',
      },
      'encrypted',
    ],
    ['a .pdf that is not a PDF', { bytes: Buffer.from('hello'), fileName: '报告.pdf' }, 'damaged-file'],
    [
      'a text that is no performance document',
      { bytes: Buffer.from('今天天气很好。\n明天也很好。'), fileName: '随笔.txt' },
      'not-a-document',
    ],
  ])('refuses %s', async (_, input, code) => {
    expect(await importErrorCodeOf(importFile(input))).toBe(code);
  });

  it('refuses a .docx that is really a workbook', async () => {
    const bytes = await exportDocument(buildSampleTargetTable(), 'xlsx');
    expect(await importErrorCodeOf(importFile({ bytes, fileName: '目标表.docx' }))).toBe('not-a-document');
  });

  it('refuses an .xlsx of 100,000 rows before exceljs loads it', async () => {
    const bytes = await buildLongWorkbook(100_000);
    const started = performance.now();
    expect(await importErrorCodeOf(importFile({ bytes, fileName: '目标表.xlsx' }))).toBe('too-many-rows');
    // Loading 100,000 rows whole takes about 10 s here; the streamed check stops at row 5,001 (about 1.5 s).
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('accepts an .xlsx just under the row limit as far as the row check goes', async () => {
    const bytes = await buildLongWorkbook(50);
    expect(await importErrorCodeOf(importFile({ bytes, fileName: '目标表.xlsx', limits: { maxRows: 50 } }))).not.toBe(
      'too-many-rows',
    );
  });

  it('refuses a .docx whose tables have more rows than the limit, before converting it', async () => {
    const bytes = await exportDocument(buildSampleSelfEvaluation(60), 'docx');
    expect(await importErrorCodeOf(importFile({ bytes, fileName: '自评表.docx', limits: { maxRows: 50 } }))).toBe(
      'too-many-rows',
    );
  });

  it('ignores a stray cell far to the right instead of building a grid that wide', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['2023年部门整体支出绩效目标表']);
    sheet.addRow(['部门名称', '湘潭县公安局']);
    sheet.getCell(2, 16384).value = '远处的格子';
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const lines = await readXlsxLines(bytes, defaultImportLimits);
    expect(lines).toEqual(['2023年部门整体支出绩效目标表', '部门名称\t湘潭县公安局']);
  });

  it('gives every refusal a Chinese message', async () => {
    await expect(importFile({ bytes: Buffer.alloc(0), fileName: 'a.xlsx' })).rejects.toThrow(/空文件/);
    await expect(importFile({ bytes: Buffer.from('x'), fileName: 'a.gif' })).rejects.toThrow(
      /请上传 \.xlsx、\.docx、\.pdf、\.ofd、\.txt、\.csv、网页 \.html\/\.mht、OpenDocument \.ods\/\.odt、旧版 \.xls、\.doc 文件，或表格的照片、扫描图片 \.jpg\/\.png/,
    );
    await expect(importFile({ bytes: Buffer.from('x'), fileName: 'a.jpg' })).rejects.toThrow(/无法读取图片“a\.jpg”（不是 JPG 文件）/);
  });
});

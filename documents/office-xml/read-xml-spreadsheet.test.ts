import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../core/analyse.ts';
import { encodeGbk } from '../../core/gb18030.test-support.ts';
import { exportDocument } from '../export.ts';
import { defaultImportLimits, importFile } from '../import-file.ts';
import { documentFacts } from '../layouts/facts.ts';
import { ownTables } from '../pdf/own-tables-testing.ts';
import { isXmlSpreadsheet, readXmlSpreadsheetGrid, readXmlSpreadsheetLines } from './read-xml-spreadsheet.ts';

const workbook = (body: string, styles = '') => `<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:html="http://www.w3.org/TR/REC-html40">
 <Styles>${styles}</Styles>
 ${body}
</Workbook>`;

/** A 项目 target table as a reporting system exports it: merged levels, skipped columns by ss:Index, a percent style. */
const exported = workbook(
  `<Worksheet ss:Name="绩效目标表"><Table>
   <Row><Cell ss:MergeAcross="3"><Data ss:Type="String">2025年度项目支出绩效目标表</Data></Cell></Row>
   <Row><Cell><Data ss:Type="String">项目名称</Data></Cell><Cell ss:MergeAcross="2"><Data ss:Type="String">乡村道路养护</Data></Cell></Row>
   <Row><Cell><Data ss:Type="String">一级指标</Data></Cell><Cell><Data ss:Type="String">二级指标</Data></Cell><Cell><Data ss:Type="String">三级指标</Data></Cell><Cell><Data ss:Type="String">指标值</Data></Cell></Row>
   <Row><Cell ss:MergeDown="2"><Data ss:Type="String">产出指标</Data></Cell><Cell ss:MergeDown="1"><Data ss:Type="String">数量指标</Data></Cell><Cell><Data ss:Type="String">养护道路里程</Data></Cell><Cell><Data ss:Type="String">≥120公里</Data></Cell></Row>
   <Row><Cell ss:Index="3"><Data ss:Type="String">修补&lt;坑槽&gt;面积</Data></Cell><Cell><Data ss:Type="String">≥800平方米</Data></Cell></Row>
   <Row><Cell ss:Index="2"><Data ss:Type="String">质量指标</Data></Cell><Cell><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40"><B>验收</B><Font>合格率</Font></ss:Data></Cell><Cell ss:StyleID="pct"><Data ss:Type="Number">0.95</Data></Cell></Row>
   <Row ss:Index="9"><Cell><Data ss:Type="String">填报日期</Data></Cell><Cell><Data ss:Type="DateTime">2025-03-01T00:00:00.000</Data></Cell><Cell ss:StyleID="fixed"><Data ss:Type="Number">1207.5</Data></Cell></Row>
  </Table></Worksheet>`,
  `<Style ss:ID="Default" ss:Name="Normal"/><Style ss:ID="pct"><NumberFormat ss:Format="Percent"/></Style><Style ss:ID="fixed"><NumberFormat ss:Format="0.00"/></Style>`,
);

describe('readXmlSpreadsheetLines', () => {
  it('lays out rows with ss:Index gaps and merged cells as a .xlsx sheet, numbers by their style', async () => {
    expect(await readXmlSpreadsheetLines(Buffer.from(exported), defaultImportLimits)).toEqual([
      '2025年度项目支出绩效目标表',
      '项目名称\t乡村道路养护',
      '一级指标\t二级指标\t三级指标\t指标值',
      '产出指标\t数量指标\t养护道路里程\t≥120公里',
      '产出指标\t数量指标\t修补<坑槽>面积\t≥800平方米',
      '产出指标\t质量指标\t验收合格率\t95.00%',
      '填报日期\t2025-03-01\t1207.50',
    ]);
  });

  it('gives the indicator reader a grid with each merge as one cell and its spans, as a .xlsx does', async () => {
    const grid = await readXmlSpreadsheetGrid(Buffer.from(exported), defaultImportLimits);
    const cells = grid.rows.flatMap((row) => row.cells.map(({ text, column, rowSpan, colSpan }) => ({ text, column, rowSpan, colSpan })));
    expect(cells).toContainEqual({ text: '产出指标', column: 0, rowSpan: 3, colSpan: 1 });
    expect(cells).toContainEqual({ text: '数量指标', column: 1, rowSpan: 2, colSpan: 1 });
    expect(cells).toContainEqual({ text: '乡村道路养护', column: 1, rowSpan: 1, colSpan: 3 });
    expect(cells.filter((cell) => cell.text === '产出指标')).toHaveLength(1);
  });

  it('reads the encoding the declaration names (GB2312 as GB18030)', async () => {
    const xml = workbook('<Worksheet><Table><Row><Cell><Data ss:Type="String">年度指标值</Data></Cell></Row></Table></Worksheet>').replace('UTF-8', 'GB2312');
    expect(await readXmlSpreadsheetLines(Buffer.from(encodeGbk(xml)), defaultImportLimits)).toEqual(['年度指标值']);
  });

  it('refuses rows, merges and cells past the import limits before making a grid', async () => {
    const rows = workbook(`<Worksheet><Table>${'<Row><Cell><Data ss:Type="String">产出指标</Data></Cell></Row>'.repeat(20)}</Table></Worksheet>`);
    await expect(readXmlSpreadsheetLines(Buffer.from(rows), { ...defaultImportLimits, maxRows: 10 })).rejects.toMatchObject({ code: 'too-many-rows' });
    const tall = workbook('<Worksheet><Table><Row><Cell ss:MergeDown="99999"><Data ss:Type="String">一级指标</Data></Cell></Row></Table></Worksheet>');
    await expect(readXmlSpreadsheetLines(Buffer.from(tall), defaultImportLimits)).rejects.toMatchObject({ code: 'too-many-rows' });
    const wide = workbook('<Worksheet><Table><Row><Cell ss:MergeAcross="5000"><Data ss:Type="String">标题</Data></Cell></Row></Table></Worksheet>');
    await expect(readXmlSpreadsheetLines(Buffer.from(wide), defaultImportLimits)).rejects.toMatchObject({ code: 'too-many-cells' });
    const far = workbook('<Worksheet><Table><Row ss:Index="900000"><Cell><Data ss:Type="String">末行</Data></Cell></Row></Table></Worksheet>');
    await expect(readXmlSpreadsheetLines(Buffer.from(far), defaultImportLimits)).rejects.toMatchObject({ code: 'too-many-cells' });
  });

  it('expands no entity a document declares, and says a broken file is damaged', async () => {
    const entities = `<?xml version="1.0"?><!DOCTYPE Workbook [<!ENTITY a "哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet><Table><Row><Cell><Data>&b;</Data></Cell></Row></Table></Worksheet></Workbook>`;
    await expect(readXmlSpreadsheetLines(Buffer.from(entities), defaultImportLimits)).rejects.toMatchObject({ code: 'damaged-file' });
    await expect(readXmlSpreadsheetLines(Buffer.from(exported.slice(0, 900)), defaultImportLimits)).rejects.toMatchObject({ code: 'damaged-file' });
  });
});

describe('isXmlSpreadsheet', () => {
  it.each([
    [exported, true],
    ['\uFEFF<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">', true],
    ['<?xml version="1.0"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml">', false],
    ['<html><table>', false],
  ])('%#', (text, expected) => expect(isXmlSpreadsheet(Buffer.from(text))).toBe(expected));
});

/**
 * A .xlsx as an XML Spreadsheet, as reporting systems write one: each row's cells with ss:Index
 * where cells are skipped, merges as ss:MergeAcross/ss:MergeDown on their top-left cell (the
 * positions they cover left out), numbers as Number data with their format as a style.
 */
async function asXmlSpreadsheet(xlsx: Buffer): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx as unknown as ArrayBuffer);
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const styles = new Map<string, string>();
  const sheets: string[] = [];
  book.eachSheet((sheet) => {
    const merges = new Map<string, { across: number; down: number }>();
    const covered = new Set<string>();
    for (const range of (sheet.model as { merges?: string[] }).merges ?? []) {
      const [from, to] = range.split(':').map((address) => sheet.getCell(address!)).map((cell) => ({ row: Number(cell.row), column: Number(cell.col) }));
      merges.set(`${from!.row}:${from!.column}`, { across: to!.column - from!.column, down: to!.row - from!.row });
      for (let row = from!.row; row <= to!.row; row++)
        for (let column = from!.column; column <= to!.column; column++) if (row !== from!.row || column !== from!.column) covered.add(`${row}:${column}`);
    }
    const rows: string[] = [];
    sheet.eachRow((row, rowNumber) => {
      const cells: string[] = [];
      let previous = 0;
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        if (covered.has(`${rowNumber}:${column}`)) return;
        const merge = merges.get(`${rowNumber}:${column}`);
        const attributes = [
          column === previous + 1 ? '' : ` ss:Index="${column}"`,
          merge?.across ? ` ss:MergeAcross="${merge.across}"` : '',
          merge?.down ? ` ss:MergeDown="${merge.down}"` : '',
        ];
        previous = column + (merge?.across ?? 0);
        const value = cell.value;
        if (typeof value === 'number') {
          const format = cell.numFmt ?? '';
          const id = styles.get(format) ?? `s${styles.size + 1}`;
          styles.set(format, id);
          cells.push(`<Cell${attributes.join('')} ss:StyleID="${id}"><Data ss:Type="Number">${value}</Data></Cell>`);
        } else {
          cells.push(`<Cell${attributes.join('')}><Data ss:Type="String">${escape(cell.text)}</Data></Cell>`);
        }
      });
      rows.push(`<Row ss:Index="${rowNumber}">${cells.join('')}</Row>`);
    });
    sheets.push(`<Worksheet ss:Name="${escape(sheet.name)}"><Table>${rows.join('\n')}</Table></Worksheet>`);
  });
  const styleList = [...styles].map(([format, id]) => `<Style ss:ID="${id}"><NumberFormat ss:Format="${escape(format)}"/></Style>`).join('');
  return workbook(sheets.join('\n'), styleList);
}

describe('a system\'s "Excel" export that is an XML Spreadsheet named .xls reads as the .xlsx it holds, without LibreOffice', () => {
  it.each(ownTables.filter((table) => table.format === 'xlsx').map((table) => [table.name, table] as const))('%s', async (_name, table) => {
    const xlsx = await exportDocument(table.build(), 'xlsx');
    const xml = await asXmlSpreadsheet(xlsx);
    const fromXml = analyseDocument(await importFile({ bytes: Buffer.from(xml), fileName: '导出.xls' }));
    const fromXlsx = analyseDocument(await importFile({ bytes: xlsx, fileName: '表.xlsx' }));
    expect(Object.keys(Object.fromEntries(documentFacts(fromXml))).length).toBeGreaterThan(10);
    expect(Object.fromEntries(documentFacts(fromXml))).toEqual(Object.fromEntries(documentFacts(fromXlsx)));
  });
});

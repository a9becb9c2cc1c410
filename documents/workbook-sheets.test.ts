/**
 * Workbooks whose tables have no title row: the sheet's name is the title (kind, year, project), and a workbook of
 * several tables, one a sheet, is read a sheet at a time. Our own invented units, projects and indicators.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { PerformanceDocument } from '../core/model.ts';
import { importFile, readImportedFile } from './import-file.ts';

interface OwnSheet {
  name: string;
  /** Rows above the indicator header (a title, header labels). */
  head: string[][];
  header: string[];
  rows: string[][];
}

const selfEvaluationHeader = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
const targetHeader = ['一级指标', '二级指标', '三级指标', '指标值'];
const unitRow = ['主管部门', '青禾县水利局', '实施单位', '青禾县灌区管理站'];

const clearing: OwnSheet['rows'] = [
  ['产出指标', '数量指标', '清淤渠道长度', '≥12公里', '13公里', '50', '50'],
  ['满意度指标', '服务对象满意度指标', '灌区农户满意度', '≥90%', '93%', '50', '50'],
];
const gates: OwnSheet['rows'] = [['产出指标', '数量指标', '维修闸门数量', '8座', '8座', '100', '100']];

async function workbook(sheets: readonly OwnSheet[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const written = book.addWorksheet(sheet.name);
    for (const row of [...sheet.head, sheet.header, ...sheet.rows]) written.addRow(row);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The same sheets as a flat OpenDocument spreadsheet (.fods), as WPS and LibreOffice save one. */
function flatSpreadsheet(sheets: readonly OwnSheet[]): Buffer {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const tables = sheets.map((sheet) => {
    const rows = [...sheet.head, sheet.header, ...sheet.rows].map((row) => `<table:table-row>${row.map((text) => `<table:table-cell><text:p>${escape(text)}</text:p></table:table-cell>`).join('')}</table:table-row>`);
    return `<table:table table:name="${escape(sheet.name)}">${rows.join('')}</table:table>`;
  });
  const namespaces = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><office:document ${namespaces}><office:body><office:spreadsheet>${tables.join('')}</office:spreadsheet></office:body></office:document>`);
}

/** The same sheets as Excel 2003's XML Spreadsheet (what reporting systems' "Excel" downloads are). */
function xmlSpreadsheet(sheets: readonly OwnSheet[]): Buffer {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const worksheets = sheets.map((sheet) => {
    const rows = [...sheet.head, sheet.header, ...sheet.rows].map((row) => `<Row>${row.map((text) => `<Cell><Data ss:Type="String">${escape(text)}</Data></Cell>`).join('')}</Row>`);
    return `<Worksheet ss:Name="${escape(sheet.name)}"><Table>${rows.join('')}</Table></Worksheet>`;
  });
  return Buffer.from(`<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">${worksheets.join('')}</Workbook>`);
}

const selfEvaluation = (name: string, head: string[][] = [unitRow], rows = clearing): OwnSheet => ({ name, head, header: selfEvaluationHeader, rows });
const names = (document: PerformanceDocument) => document.goals.flatMap((goal) => goal.indicators.map((indicator) => indicator.name));
const codes = (document: PerformanceDocument) => document.findings.map((finding) => finding.code);

describe('a sheet’s name stands for the title its table lacks', () => {
  it('names the kind an indicator table’s columns leave open (a 批复表 tab)', async () => {
    const sheet: OwnSheet = { name: '2024年绩效目标批复表', head: [['项目名称', '青禾渠清淤'], unitRow], header: targetHeader, rows: [['产出指标', '数量指标', '清淤渠道长度', '≥12公里']] };
    const document = await importFile({ bytes: await workbook([sheet]), fileName: '附件3.xlsx' });
    expect(document.kind).toBe('approval-table');
    expect(document.year).toBe(2024);
  });

  it('never overrules a self-evaluation’s columns (a 目标表 tab copied for the 自评表)', async () => {
    const document = await importFile({ bytes: await workbook([selfEvaluation('青禾渠清淤项目绩效目标表')]), fileName: 'Book1.xlsx' });
    expect(document.kind).toBe('self-evaluation');
  });

  it('gives the year before the file’s name does, saying so', async () => {
    const document = await importFile({ bytes: await workbook([selfEvaluation('2024年项目支出绩效自评表')]), fileName: '2019年自评表.xlsx' });
    expect(document.year).toBe(2024);
    expect(codes(document)).toContain('year-from-sheet-name');
    expect(codes(document)).not.toContain('year-from-file-name');
  });

  it('gives the project when the table names none, saying so', async () => {
    const document = await importFile({ bytes: await workbook([selfEvaluation('2023年度青禾渠清淤项目支出绩效自评表')]), fileName: 'Book1.xlsx' });
    expect(document).toMatchObject({ kind: 'self-evaluation', scope: 'project', year: 2023, project: '青禾渠清淤项目' });
    expect(codes(document)).toContain('project-from-sheet-name');
  });

  it('keeps the year and project the table states', async () => {
    const head = [['项目支出绩效自评表'], ['（2022年度）'], ['项目名称', '灌区闸门维修'], unitRow];
    const document = await importFile({ bytes: await workbook([selfEvaluation('2024年青禾渠清淤项目自评表', head)]), fileName: 'Book1.xlsx' });
    expect(document).toMatchObject({ year: 2022, project: '灌区闸门维修' });
    expect(codes(document)).not.toContain('year-from-sheet-name');
  });

  it('names the year and project of an Excel web page saved as .xls (its one sheet named in its head)', async () => {
    const rows = [unitRow, selfEvaluationHeader, ...clearing].map((row) => `<tr>${row.map((text) => `<td>${text}</td>`).join('')}</tr>`).join('');
    const page = `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"><!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>2024年青禾渠清淤项目绩效自评表</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]--></head><body><table>${rows}</table></body></html>`;
    const document = await importFile({ bytes: Buffer.from(page), fileName: '附件3.xls' });
    expect(document).toMatchObject({ kind: 'self-evaluation', year: 2024, project: '青禾渠清淤项目' });
    expect(names(document)).toEqual(['清淤渠道长度', '灌区农户满意度']);
  });

  it.each([['Sheet1'], ['表1'], ['附表3'], ['填报说明']])('takes nothing from a tab named %s', async (name) => {
    const document = await importFile({ bytes: await workbook([selfEvaluation(name)]), fileName: 'Book1.xlsx' });
    expect(document).toMatchObject({ year: null });
    expect(document.project ?? null).toBeNull();
  });
});

describe('a workbook of several tables, one a sheet', () => {
  const projects = [selfEvaluation('青禾渠清淤', [unitRow], clearing), selfEvaluation('灌区闸门维修', [unitRow], gates)];

  it('reads the chosen sheet alone, its project its sheet’s name', async () => {
    const bytes = await workbook(projects);
    const first = await importFile({ bytes, fileName: 'Book1.xlsx' });
    expect(first.project).toBe('青禾渠清淤');
    expect(names(first)).toEqual(['清淤渠道长度', '灌区农户满意度']);
    expect(first.findings.filter((finding) => finding.code === 'several-documents')).toHaveLength(1);
    const second = await readImportedFile({ bytes, fileName: 'Book1.xlsx', table: 1 });
    expect(second.document.project).toBe('灌区闸门维修');
    expect(names(second.document)).toEqual(['维修闸门数量']);
    expect(second.tables.map((table) => table.line)).toEqual([1, 6]);
  });

  it('reads an OpenDocument spreadsheet’s sheets alike', async () => {
    const bytes = flatSpreadsheet(projects);
    const second = await importFile({ bytes, fileName: 'Book1.fods', table: 1 });
    expect(second.project).toBe('灌区闸门维修');
    expect(names(second)).toEqual(['维修闸门数量']);
    const alone = await importFile({ bytes: flatSpreadsheet([selfEvaluation('2024年青禾渠清淤项目绩效自评表')]), fileName: 'Book1.fods' });
    expect(alone).toMatchObject({ year: 2024, project: '青禾渠清淤项目' });
  });

  it('reads an XML Spreadsheet’s worksheets alike (a system’s .xls download)', async () => {
    const second = await importFile({ bytes: xmlSpreadsheet(projects), fileName: '附件3.xls', table: 1 });
    expect(second.project).toBe('灌区闸门维修');
    expect(names(second)).toEqual(['维修闸门数量']);
    const alone = await importFile({ bytes: xmlSpreadsheet([selfEvaluation('2024年青禾渠清淤项目绩效自评表')]), fileName: '附件3.xls' });
    expect(alone).toMatchObject({ year: 2024, project: '青禾渠清淤项目' });
  });

  it('keeps each sheet’s indicators to its own table when the sheets have titles', async () => {
    const titled = (sheet: OwnSheet, project: string): OwnSheet => ({ ...sheet, head: [['项目支出绩效自评表'], ['（2023年度）'], ['项目名称', project], unitRow] });
    const bytes = await workbook([titled(projects[0]!, '青禾渠清淤'), titled(projects[1]!, '灌区闸门维修')]);
    expect(names(await importFile({ bytes, fileName: 'Book1.xlsx' }))).toEqual(['清淤渠道长度', '灌区农户满意度']);
    expect(names(await importFile({ bytes, fileName: 'Book1.xlsx', table: 1 }))).toEqual(['维修闸门数量']);
  });

  it('reads a sheet of instructions and a sheet of the table as one workbook, as before', async () => {
    const instructions: OwnSheet = { name: '填报说明', head: [['1. 请按项目填写。']], header: ['2. 金额单位为万元。'], rows: [] };
    const document = await importFile({ bytes: await workbook([instructions, selfEvaluation('2024年青禾渠清淤项目绩效自评表')]), fileName: 'Book1.xlsx' });
    expect(document).toMatchObject({ kind: 'self-evaluation', year: 2024, project: '青禾渠清淤项目' });
    expect(codes(document)).not.toContain('several-documents');
  });
});

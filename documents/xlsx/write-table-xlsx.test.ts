import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../export.ts';
import { defaultImportLimits } from '../import-error.ts';
import { readDocxLines } from '../docx/read-docx.ts';
import {
  buildSampleApprovalTable,
  buildSampleSelfEvaluation,
  buildSampleTargetTable,
} from '../print/sample-documents.ts';
import { readXlsxLines } from './read-xlsx.ts';

async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

function findCell(
  sheet: ExcelJS.Worksheet,
  predicate: (cell: ExcelJS.Cell) => boolean,
): ExcelJS.Cell | undefined {
  let found: ExcelJS.Cell | undefined;
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (!found && predicate(cell)) found = cell;
    }),
  );
  return found;
}

describe('writing tables to .xlsx', () => {
  it("stores 万元 as numbers with the '0.00' format", async () => {
    const sheet = await loadWorkbook(await exportDocument(buildSampleTargetTable(), 'xlsx'));
    const basic = findCell(sheet, (cell) => cell.value === 9368.19);
    expect(basic?.numFmt).toBe('0.00');
    expect(findCell(sheet, (cell) => cell.value === '9368.19')).toBeUndefined();
  });

  it('sets A4 pages that fit the width, landscape for the self-evaluation', async () => {
    const target = await loadWorkbook(await exportDocument(buildSampleTargetTable(), 'xlsx'));
    const self = await loadWorkbook(await exportDocument(buildSampleSelfEvaluation(), 'xlsx'));
    expect(target.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
    });
    expect(self.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
  });

  it('merges 一级 and 二级 cells over the rows they cover and uses 宋体/仿宋', async () => {
    const document = buildSampleTargetTable();
    const sheet = await loadWorkbook(await exportDocument(document, 'xlsx'));
    const output = findCell(sheet, (cell) => cell.value === '产出指标')!;
    const outputs = document.goals[0]!.indicators.filter(
      (indicator) => indicator.level1 === '产出指标',
    ).length;
    const below = sheet.getCell(Number(output.row) + outputs - 1, Number(output.col));
    expect(below.isMerged && below.master.address).toBe(output.address);
    expect(sheet.getCell(Number(output.row) + outputs, Number(output.col)).master.address).not.toBe(
      output.address,
    );
    expect(output.font?.name).toBe('仿宋');
    expect(findCell(sheet, (cell) => cell.value === '一级指标')?.font?.name).toBe('宋体');
  });
});

describe('long prose in .xlsx', () => {
  it('merges a long 整体绩效目标 down over rows that each stay under Excel’s 409-point cap', async () => {
    const document = buildSampleTargetTable();
    document.overallGoal = '一是坚持总体国家安全观，坚决捍卫政治安全。'.repeat(150);
    const sheet = await loadWorkbook(await exportDocument(document, 'xlsx'));
    const goal = findCell(sheet, (cell) => cell.value === document.overallGoal)!;
    const label = findCell(sheet, (cell) => cell.value === '整体绩效目标')!;
    let rows = 0;
    while (sheet.getCell(Number(goal.row) + rows, Number(goal.col)).master.address === goal.address) rows++;
    expect(rows).toBeGreaterThan(1);
    expect(sheet.getCell(Number(label.row) + rows - 1, Number(label.col)).master.address).toBe(label.address);
    for (let offset = 0; offset < rows; offset++) {
      expect(sheet.getRow(Number(goal.row) + offset).height).toBeLessThanOrEqual(409);
    }
    const lines = await readXlsxLines(await exportDocument(document, 'xlsx'), defaultImportLimits);
    expect(lines.filter((line) => line.includes('坚持总体国家安全观'))).toEqual([
      `整体绩效目标\t${document.overallGoal}`,
    ]);
  });
});

describe('reading .xlsx and .docx tables back', () => {
  it('repeats a merged 一级/二级 on every row it spans', async () => {
    const document = buildSampleTargetTable();
    const lines = await readXlsxLines(await exportDocument(document, 'xlsx'), defaultImportLimits);
    for (const indicator of document.goals.flatMap((goal) => goal.indicators)) {
      const line = lines.find((candidate) => candidate.includes(`\t${indicator.name}\t`));
      expect(line?.split('\t').slice(1)).toEqual([
        indicator.level1,
        indicator.level2,
        indicator.name,
        indicator.target!.text,
      ]);
    }
  });

  it('writes the goal once, at the top of its merged cell', async () => {
    const document = buildSampleApprovalTable();
    const lines = await readXlsxLines(await exportDocument(document, 'xlsx'), defaultImportLimits);
    for (const goal of document.goals) {
      expect(lines.filter((line) => line.startsWith(`${goal.name}\t`))).toHaveLength(1);
    }
  });

  it('drops stray blank rows and reads numbers stored as text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['部门名称', '湘潭县公安局']);
    sheet.addRow([]);
    sheet.addRow(['', '', '']);
    sheet.addRow(['资金总额', ' 12222.69 ', 9368.19]);
    const lines = await readXlsxLines(Buffer.from(await workbook.xlsx.writeBuffer()), defaultImportLimits);
    expect(lines).toEqual(['部门名称\t湘潭县公安局', '资金总额\t12222.69\t9368.19']);
  });

  it('reads every sheet, in order', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('目标一').addRow(['目标一', '产出指标']);
    workbook.addWorksheet('目标二').addRow(['目标二', '效益指标']);
    const lines = await readXlsxLines(Buffer.from(await workbook.xlsx.writeBuffer()), defaultImportLimits);
    expect(lines).toEqual(['目标一\t产出指标', '', '目标二\t效益指标']);
  });

  it.each([
    ['target table', buildSampleTargetTable()],
    ['approval table', buildSampleApprovalTable()],
    ['self-evaluation', buildSampleSelfEvaluation()],
  ])('gives the same lines from the .xlsx and the .docx of a %s', async (_, document) => {
    const fromXlsx = await readXlsxLines(await exportDocument(document, 'xlsx'), defaultImportLimits);
    const fromDocx = await readDocxLines(await exportDocument(document, 'docx'), defaultImportLimits);
    expect(fromDocx).toEqual(fromXlsx);
  });
});

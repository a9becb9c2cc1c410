import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildSampleSelfEvaluation } from '../print/sample-documents.ts';
import { exportSummary, summarizeDocument, type SummaryRow } from './write-summary.ts';

const rows: SummaryRow[] = [
  {
    unit: '湘潭县公安局',
    year: 2023,
    kind: 'target-table',
    state: '财政审核',
    executionRate: null,
    score: null,
    grade: null,
    findings: { error: 0, warning: 2, info: 1 },
  },
  {
    unit: '株洲市公安局渌口分局',
    supervisor: '株洲市公安局',
    year: 2022,
    kind: 'self-evaluation',
    state: '已批复',
    executionRate: '100',
    score: '96',
    grade: '优',
    findings: { error: 1, warning: 0, info: 0 },
  },
];

async function loadSheet(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

describe('exportSummary', () => {
  it('writes one row per unit and document under a frozen, filtered header', async () => {
    const sheet = await loadSheet(await exportSummary(rows));
    expect(sheet.rowCount).toBe(rows.length + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe('单位');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      '株洲市公安局渌口分局',
      '株洲市公安局',
      2022,
      '部门整体支出绩效自评表',
      '已批复',
      100,
      96,
      '优',
      1,
      0,
      0,
    ]);
  });

  it('leaves a missing score blank instead of 0', async () => {
    const sheet = await loadSheet(await exportSummary(rows));
    expect(sheet.getRow(2).getCell(7).value).toBeNull();
  });

  it('writes a header-only workbook for no rows', async () => {
    expect((await loadSheet(await exportSummary([]))).rowCount).toBe(1);
  });
});

describe('summarizeDocument', () => {
  it('counts findings by severity and takes the stated score and grade', () => {
    const document = buildSampleSelfEvaluation(3);
    document.totals.grade = '优';
    document.findings = [
      { severity: 'error', code: 'score-sum-mismatch', message: '', path: 'totals.score' },
      { severity: 'warning', code: 'unit-mismatch', message: '', path: 'goals.0.indicators.1' },
      { severity: 'warning', code: 'missing-deviation', message: '', path: 'goals.0.indicators.2' },
    ];
    expect(summarizeDocument(document, '单位填报')).toMatchObject({
      unit: document.unit,
      state: '单位填报',
      score: document.totals.score,
      grade: '优',
      executionRate: document.budget.executionRate,
      findings: { error: 1, warning: 2, info: 0 },
    });
  });
});

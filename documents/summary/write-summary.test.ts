import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildSampleSelfEvaluation } from '../print/sample-documents.ts';
import { readWorkbookView } from './workbook-view-test-support.ts';
import { exportSummary as exportSummaryWithExceljs } from './write-summary-exceljs-test-support.ts';
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

describe('exportSummary against the exceljs writer it replaced', () => {
  // Texts that need escaping or keep outer spaces, no year, no supervisor, numbers with trailing
  // zeros or none, a score that is no decimal, and a project's row.
  const edgeRows: SummaryRow[] = [
    { unit: '甲 & <乙> "单位" \'丙\'', supervisor: '  某主管部门 ', year: 2024, kind: 'approval-table', scope: 'project', state: '已批复', executionRate: '100.50', score: '0', grade: '良', findings: { error: 0, warning: 0, info: 0 } },
    { unit: '控制\u0001字符\t单位', supervisor: null, year: null, kind: 'evaluation-report', state: '单位填报', executionRate: '-0', score: '不适用', grade: null, findings: { error: 12, warning: 3, info: 7 } },
    { unit: '某某中心（某项目）', supervisor: '某主管部门', year: 2026, kind: 'target-table', scope: 'project', state: '财政审核', executionRate: ' 99.999 ', score: '87.25', grade: '中', findings: { error: 1, warning: 0, info: 2 } },
    ...rows,
  ];

  it('reads back the same sheet, widths, frozen header, filter, values, formats and fonts', async () => {
    const written = await readWorkbookView(await exportSummary(edgeRows));
    expect(written).toEqual(await readWorkbookView(await exportSummaryWithExceljs(edgeRows)));
    expect(written.sheets[0]!.rows).toHaveLength(edgeRows.length + 1);
    expect(written.sheets[0]!.rows[1]![0]!.value).toBe(edgeRows[0]!.unit);
  });

  it('reads back the same for no rows', async () => {
    expect(await readWorkbookView(await exportSummary([]))).toEqual(await readWorkbookView(await exportSummaryWithExceljs([])));
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PerformanceDocument } from '../../core/model.ts';
import { exportDocument } from '../export.ts';
import { importFile } from '../import-file.ts';
import { readText } from '../text/read-text.ts';
import { buildTableLayout } from './build-layout.ts';
import { mapCoverage, type TableLayout } from './table-layout.ts';

function readFixture(name: string): PerformanceDocument {
  return readText(readFileSync(new URL(`../monitoring/fixtures/${name}.txt`, import.meta.url), 'utf8'))!;
}

function cellsWithText(layout: TableLayout, text: string) {
  return layout.rows.flatMap((row) => row.cells).filter((cell) => cell.text === text);
}

/** What the official layout holds of each indicator, for comparing a document with its round trip. */
function indicatorFacts(document: PerformanceDocument) {
  return document.goals.flatMap((goal) =>
    goal.indicators.map((indicator) => ({
      level1: indicator.level1,
      level2: indicator.level2,
      name: indicator.name,
      target: indicator.target?.text ?? null,
      actualToDate: indicator.monitoring?.actualToDate?.text ?? null,
      forecast: indicator.monitoring?.forecast?.text ?? null,
      likelihood: indicator.monitoring?.likelihood ?? null,
      deviationCategories: indicator.monitoring?.deviationCategories ?? [],
      explanation: indicator.monitoring?.explanation ?? null,
      correctiveAction: indicator.monitoring?.correctiveAction ?? null,
    })),
  );
}

describe('monitoring table layout', () => {
  const document = readFixture('national-tabs');
  const layout = buildTableLayout(document)!;

  it('covers every position of the grid exactly once', () => {
    const masters = mapCoverage(layout)
      .flat()
      .filter((position) => position?.isMaster).length;
    expect(masters).toBe(layout.rows.reduce((count, row) => count + row.cells.length, 0));
  });

  it('merges 一级 and 二级 over their runs and names the window in the headings', () => {
    expect(layout.title).toBe('2025年项目支出绩效运行监控表');
    expect(cellsWithText(layout, '产出指标')[0]?.rowSpan).toBe(3);
    expect(cellsWithText(layout, '数量指标')[0]?.rowSpan).toBe(2);
    expect(cellsWithText(layout, '1-7月实际完成值')).toHaveLength(1);
    expect(cellsWithText(layout, '1-7月执行数')).toHaveLength(1);
    expect(cellsWithText(layout, '偏差原因分析')[0]?.colSpan).toBe(5);
  });
});

describe.each(['xlsx', 'docx'] as const)('monitoring table exported to .%s and imported again', (format) => {
  it('gives the same header, budget rows, indicators and analysis', async () => {
    const document = readFixture('national-tabs');
    const again = await importFile({
      bytes: await exportDocument(document, format),
      fileName: `往返.${format}`,
    });
    expect(again).toMatchObject({
      kind: 'monitoring',
      scope: 'project',
      year: 2025,
      project: document.project,
      unit: document.unit,
    });
    expect(again.monitoring?.period.throughMonth).toBe(7);
    expect(
      again.monitoring?.budgetRows?.map((row) => [
        row.source,
        Number(row.executedToDate ?? NaN),
        row.forecast == null ? null : Number(row.forecast),
      ]),
    ).toEqual(
      document.monitoring?.budgetRows?.map((row) => [
        row.source,
        Number(row.executedToDate ?? NaN),
        row.forecast == null ? null : Number(row.forecast),
      ]),
    );
    expect(indicatorFacts(again)).toEqual(indicatorFacts(document));
    expect(again.monitoring).toMatchObject({
      deviation: document.monitoring?.deviation,
      nextSteps: document.monitoring?.nextSteps,
    });
  });
});

describe('monitoring report export', () => {
  it('writes the report’s own sections to .docx and refuses .xlsx with a Chinese message', async () => {
    const report = readFixture('report');
    expect(buildTableLayout(report)).toBeNull();
    const bytes = await exportDocument(report, 'docx');
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await expect(exportDocument(report, 'xlsx')).rejects.toThrow(
      '监控报告是文字材料，不能导出为 .xlsx：请导出为 .docx 或 .pdf',
    );
  });
});

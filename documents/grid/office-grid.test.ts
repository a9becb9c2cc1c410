import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { PerformanceDocument } from '../../core/model.ts';
import { exportDocument } from '../export.ts';
import { importFile } from '../import-file.ts';
import { buildSampleSelfEvaluation } from '../print/sample-documents.ts';
import { readDocxGrid } from './from-docx.ts';
import { readSheetGrid } from './from-xlsx.ts';
import { readIndicatorGrid } from './read-indicator-table.ts';

describe('.xlsx merged cells as spans', () => {
  it('gives a merged 一级 cell once with its rowSpan and reads every row under it', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('目标表');
    sheet.addRow(['绩效指标', '', '', '指标值']);
    sheet.addRow(['一级指标', '二级指标', '三级指标', '']);
    sheet.addRow(['产出指标', '数量指标', '展览场次', '≥12场']);
    sheet.addRow(['', '', '讲座场次', '≥6场']);
    sheet.addRow(['', '质量指标', '展品完好率', '100%']);
    sheet.mergeCells('A1:C1');
    sheet.mergeCells('D1:D2');
    sheet.mergeCells('A3:A5');
    sheet.mergeCells('B3:B4');
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const grid = readSheetGrid(loaded.getWorksheet('目标表') as ExcelJS.Worksheet);
    expect(grid.rows[2]?.cells[0]).toMatchObject({ text: '产出指标', rowSpan: 3, colSpan: 1, source: { sheet: '目标表', address: 'A3' } });
    expect(grid.rows[0]?.cells[0]).toMatchObject({ text: '绩效指标', colSpan: 3 });
    const read = readIndicatorGrid(grid);
    expect(read.goals[0]?.indicators.map((indicator) => `${indicator.level1}/${indicator.level2}/${indicator.name}/${indicator.target?.text}`)).toEqual([
      '产出指标/数量指标/展览场次/≥12场',
      '产出指标/数量指标/讲座场次/≥6场',
      '产出指标/质量指标/展品完好率/100%',
    ]);
  });
});

describe('.docx gridSpan and vMerge as spans', () => {
  const cell = (text: string, properties = '') => `<w:tc><w:tcPr>${properties}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
  const xml =
    '<w:document><w:body><w:p><w:r><w:t>2024年部门整体支出绩效目标表</w:t></w:r></w:p><w:tbl>' +
    row(cell('绩效指标', '<w:gridSpan w:val="3"/>'), cell('指标值', '<w:vMerge w:val="restart"/>')) +
    row(cell('一级指标'), cell('二级指标'), cell('三级指标'), cell('', '<w:vMerge/>')) +
    row(cell('产出指标', '<w:vMerge w:val="restart"/>'), cell('数量指标'), cell('展览场次'), cell('≥12场')) +
    row(cell('', '<w:vMerge/>'), cell('质量指标'), cell('展品完好率'), cell('100%')) +
    '</w:tbl></w:body></w:document>';

  it('reads colSpan from w:gridSpan and rowSpan from w:vMerge', () => {
    const grid = readDocxGrid(xml);
    expect(grid.rows[1]?.cells[0]).toMatchObject({ text: '绩效指标', colSpan: 3, column: 0 });
    expect(grid.rows[1]?.cells[1]).toMatchObject({ text: '指标值', rowSpan: 2, column: 3 });
    expect(grid.rows[3]?.cells[0]).toMatchObject({ text: '产出指标', rowSpan: 2 });
    const read = readIndicatorGrid(grid);
    expect(read.goals[0]?.indicators.map((indicator) => `${indicator.level1}/${indicator.level2}/${indicator.name}`)).toEqual([
      '产出指标/数量指标/展览场次',
      '产出指标/质量指标/展品完好率',
    ]);
  });

  it('refuses a declared span larger than a table can hold rather than following it', () => {
    const hostile = `<w:tbl>${row(cell('一级指标', '<w:gridSpan w:val="999999"/>'), cell('三级指标'))}</w:tbl>`;
    const grid = readDocxGrid(hostile);
    expect(grid.rows[0]?.cells[0]?.colSpan).toBeLessThanOrEqual(64);
  });
});

describe('a self-evaluation with four goals', () => {
  function withFourGoals(): PerformanceDocument {
    const document = buildSampleSelfEvaluation();
    const indicators = document.goals.flatMap((goal) => goal.indicators);
    const names = ['目标一', '目标二', '目标三', '目标四'];
    document.goals = names.map((name, index) => ({ name, indicators: indicators.filter((_, at) => at % 4 === index) }));
    return document;
  }

  it.each(['xlsx', 'docx'] as const)('keeps its four goals through .%s and back', async (format) => {
    const document = withFourGoals();
    expect(document.goals.every((goal) => goal.indicators.length > 0)).toBe(true);
    const bytes = await exportDocument(document, format);
    const imported = await importFile({ bytes, fileName: `自评表.${format}` });
    expect(imported.goals.map((goal) => [goal.name, goal.indicators.map((indicator) => indicator.name)])).toEqual(
      document.goals.map((goal) => [goal.name, goal.indicators.map((indicator) => indicator.name)]),
    );
  });
});

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsxLines } from '../../xlsx/read-xlsx.ts';
import { inspectZip } from '../../xlsx/zip-guard.ts';
import { defaultImportLimits } from '../../import-error.ts';
import { findSpannedCells, MERGED_LEFT as L, MERGED_UP as U } from './dense-grid.ts';
import { writeAmount } from './document-sheet.ts';
import { writeBlocksDocx, writeGridXlsx } from './office.ts';
import { plainLayout } from './sheet.ts';
import { renderText } from './text-layouts.ts';

const grid = [
  ['项目资金', '年初预算数', '全年预算数'],
  [U, '80', '86'],
  ['总分', L, '100'],
];

describe('dense grids', () => {
  it('finds a cell merged down and a cell merged across', () => {
    expect(findSpannedCells(grid)).toEqual([
      { row: 0, column: 0, text: '项目资金', rowSpan: 2, colSpan: 1 },
      { row: 0, column: 1, text: '年初预算数', rowSpan: 1, colSpan: 1 },
      { row: 0, column: 2, text: '全年预算数', rowSpan: 1, colSpan: 1 },
      { row: 1, column: 1, text: '80', rowSpan: 1, colSpan: 1 },
      { row: 1, column: 2, text: '86', rowSpan: 1, colSpan: 1 },
      { row: 2, column: 0, text: '总分', rowSpan: 1, colSpan: 2 },
      { row: 2, column: 2, text: '100', rowSpan: 1, colSpan: 1 },
    ]);
  });

  it('writes covered positions as empty cells in text, and drops them between runs of spaces', () => {
    const sheet = { before: ['标题'], grid };
    expect(renderText(sheet, 'tabs')).toBe('标题\n项目资金\t年初预算数\t全年预算数\n\t80\t86\n总分\t\t100');
    expect(renderText(sheet, 'spaces')).toBe('标题\n项目资金    年初预算数    全年预算数\n80    86\n总分    100');
    expect(renderText(sheet, 'cell-per-line').split('\n')).toHaveLength(8);
    expect(renderText(sheet, 'tabs', { isTraditional: true })).toContain('項目資金');
  });

  it('writes merged cells into a real .xlsx that the reader sees as one cell', async () => {
    const bytes = await writeGridXlsx({ before: ['项目支出绩效自评表'], grid });
    const lines = await readXlsxLines(bytes, defaultImportLimits);
    expect(lines.join('\n')).toContain('项目支出绩效自评表');
    expect(lines.some((line) => line.includes('80') && line.includes('86'))).toBe(true);
  });

  it('sets a sheet up as a unit publishes it: columns by their text, cells wrapping, the page fitted to its width', async () => {
    const wide = [
      ['三级指标', '年度指标值', '偏差原因分析及改进措施（未完成的说明原因）'],
      ['慢病患者规范管理人数', '≥3000人', '汛期影响'],
      ['总分', L, '100'],
    ];
    const workbook = new ExcelJS.Workbook();
    const bytes = await writeGridXlsx({ before: ['项目支出绩效自评表'], grid: wide });
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Sheet1')!;
    // Two display columns a CJK character: 慢病患者规范管理人数 wants 20, the long header wraps at the cap.
    expect([1, 2, 3].map((column) => sheet.getColumn(column).width)).toEqual([21, 11, 21]);
    expect(sheet.getCell(3, 3).alignment).toMatchObject({ wrapText: true, vertical: 'middle' });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, orientation: 'portrait' });
  });

  it('sets a Word table wider than A4 portrait landscape, its columns sharing the landscape page', async () => {
    const documentXml = async (grid: string[][]) => {
      const bytes = await writeBlocksDocx([{ kind: 'table', grid }], { isCentredVertically: false });
      return inspectZip({ bytes, limits: defaultImportLimits, label: '.docx', keepPart: 'word/document.xml' }).keptPart!.toString('utf8');
    };
    const tableWidth = (xml: string) => Number(/<w:tblW w:type="dxa" w:w="(\d+)"/.exec(xml)?.[1]);
    // Fourteen columns of short values (a monitoring table's 1-N月 columns): wider than 9,000 twips even at their least.
    const wide = [
      ['一级指标', '二级指标', '三级指标', '年度指标值', '1-7月执行情况', '全年预计', '经费保障', '制度保障', '人员保障', '硬件条件', '其他', '原因说明', '完成目标可能性', '备注'],
      ['产出指标', '数量指标', '巡查次数', '≥120次', '74次', '125次', '√', '', '', '', '', '无', '确定能', '无'],
    ];
    const xml = await documentXml(wide);
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(tableWidth(xml)).toBeGreaterThan(13000);
    const narrow = await documentXml([wide[0]!.slice(0, 5), wide[1]!.slice(0, 5)]);
    expect(narrow).not.toContain('landscape');
    expect(tableWidth(narrow)).toBeLessThanOrEqual(9000);
  });
});

describe('amounts', () => {
  it('writes 万元 as they are and 元 with thousands separators', () => {
    expect(writeAmount('123.45', plainLayout)).toBe('123.45');
    expect(writeAmount('1234.5', { ...plainLayout, isInYuan: true })).toBe('12,345,000.00');
    expect(writeAmount(null, plainLayout)).toBe('');
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { rowTexts } from '../grid/grid.ts';
import { readIndicatorGrid } from '../grid/read-indicator-table.ts';
import { importFile } from '../import-file.ts';
import { comparePdfGrids } from './choose-pdf-grid.ts';
import { arrangePdfGrid, findColumnBoundaries } from './position-grid.ts';
import type { PdfTextItem } from './read-pdf.ts';
import { closePdfBrowser, findChromium, renderPdf } from './render-pdf.ts';
import { renderTableHtml, type TableRow } from './table-pdf-testing.ts';

const HEIGHT = 10.5;
/** A text item as pdfjs gives it: x from the left, y up from the page foot, CJK one em wide. */
const item = (text: string, x: number, y: number): PdfTextItem => ({ text, x, y, width: Array.from(text).length * HEIGHT, height: HEIGHT });
const columns = { level1: 43, level2: 112, name: 208, target: 304, actual: 378, weight: 452, score: 491 };

/**
 * A page as Chromium prints a table with cells centred vertically: 一级 and 二级 merged down and
 * written once in the middle of their rows, a name broken over two lines around its row's values,
 * a 二级 broken over two lines around its row.
 */
const page: PdfTextItem[] = [
  item('2025年度项目支出绩效自评表', 191, 774),
  item('单位名称：示范区卫生服务中心', 40, 746),
  ...['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'].map((text, index) => item(text, Object.values(columns)[index] as number, 717.4)),
  item('组织社区健康', columns.name, 697.9),
  item('≥24场', columns.target, 690.4), item('26场', columns.actual, 690.4), item('20', columns.weight, 690.4), item('20', columns.score, 690.4),
  item('数量指标', columns.level2, 680.7), item('讲座场次', columns.name, 680.7),
  item('产出指标', columns.level1, 663.4), item('发放宣传资料', columns.name, 663.4), item('≥3000份', columns.target, 663.4), item('3200份', columns.actual, 663.4), item('10', columns.weight, 663.4), item('10', columns.score, 663.4),
  item('质量指标', columns.level2, 643.2), item('签到完整率', columns.name, 643.2), item('100%', columns.target, 643.2), item('98%', columns.actual, 643.2), item('20', columns.weight, 643.2), item('18', columns.score, 643.2),
  item('服务对象满意', columns.level2, 619.2),
  item('满意度指标', columns.level1, 611.7), item('居民满意度', columns.name, 611.7), item('≥90%', columns.target, 611.7), item('93%', columns.actual, 611.7), item('20', columns.weight, 611.7), item('20', columns.score, 611.7),
  item('度指标', columns.level2, 604.2),
  item('总分', columns.level1, 584), item('70', columns.weight, 584), item('68', columns.score, 584),
];

describe('a PDF table from the positions of its text items', () => {
  it('finds column boundaries where lines show gaps, not inside a column of long and short names', () => {
    const boundaries = findColumnBoundaries([
      [{ left: 10, right: 50 }, { left: 100, right: 130 }],
      [{ left: 10, right: 90 }, { left: 100, right: 120 }],
      [{ left: 10, right: 30 }, { left: 100, right: 140 }],
    ]);
    expect(boundaries).toHaveLength(1);
    expect(boundaries[0]).toBeGreaterThan(90);
    expect(boundaries[0]).toBeLessThan(100);
  });

  it('joins cells broken over lines and moves centred level names to the first of their rows', () => {
    const rows = arrangePdfGrid([page]).rows.map((row) => rowTexts(row));
    expect(rows.slice(2)).toEqual([
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '组织社区健康讲座场次', '≥24场', '26场', '20', '20'],
      ['', '', '发放宣传资料', '≥3000份', '3200份', '10', '10'],
      ['', '质量指标', '签到完整率', '100%', '98%', '20', '18'],
      ['满意度指标', '服务对象满意度指标', '居民满意度', '≥90%', '93%', '20', '20'],
      ['总分', '', '', '', '', '70', '68'],
    ]);
  });

  it('keeps each cell’s page and line, the line numbers the text route gives', () => {
    const grid = arrangePdfGrid([page.slice(0, 12), page.slice(12)]);
    expect(grid.rows[0]?.cells[0]?.source).toEqual({ page: 1, line: 1 });
    expect(grid.rows.at(-1)?.source.page).toBe(2);
  });

  it('reads the indicators from the positional grid, which the same scoring rates no worse than the text lines', () => {
    // (The text lines now give a row's empty level cells too, and tie with it: the text route is kept on a tie.)
    const choice = comparePdfGrids([page]);
    expect(choice.positional.fittingRows).toBeGreaterThanOrEqual(choice.text.fittingRows);
    const read = readIndicatorGrid(arrangePdfGrid([page]));
    const indicators = read.goals.flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.score])).toEqual([
      ['产出指标', '数量指标', '组织社区健康讲座场次', '20'],
      ['产出指标', '数量指标', '发放宣传资料', '10'],
      ['产出指标', '质量指标', '签到完整率', '18'],
      ['满意度指标', '服务对象满意度指标', '居民满意度', '20'],
    ]);
    expect(read.totals).toMatchObject({ weight: '70', score: '68' });
  });
});

const chromium = findChromium();
const renderTimeout = { timeout: 240_000 };

describe.skipIf(!chromium)('PDFs printed by Chromium read from their text positions', () => {
  afterAll(closePdfBrowser);
  const groups = [['产出指标', '数量指标'], ['产出指标', '质量指标'], ['效益指标', '社会效益指标'], ['满意度指标', '服务对象满意度指标']] as const;

  async function importTable(rows: readonly TableRow[], nameWidth: number) {
    const html = renderTableHtml({ title: '2025年度项目支出绩效自评表', unit: '单位名称：示范区卫生服务中心', rows, nameWidth });
    const document = await importFile({ bytes: await renderPdf(html), fileName: '自评表.pdf' });
    return document.goals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text, indicator.actual?.text, indicator.weight, indicator.score]);
  }

  it('reads a table whose long names wrap onto two lines in a narrow column', renderTimeout, async () => {
    const rows: TableRow[] = groups.map(([level1, level2], index) => ({
      level1,
      level2,
      name: index % 2 === 0 ? `示范社区第${index + 1}批健康知识讲座组织场次` : `宣传册${index + 1}`,
      target: `≥${20 + index}场`,
      actual: `${22 + index}场`,
      weight: '25',
      score: String(25 - index),
    }));
    expect(await importTable(rows, 30)).toEqual(rows.map((row) => [row.level1, row.level2, row.name, row.target, row.actual, row.weight, row.score]));
  });

  it('reads a table running over two pages with its header repeated', renderTimeout, async () => {
    const rows: TableRow[] = Array.from({ length: 44 }, (_, index) => {
      const [level1, level2] = groups[Math.floor(index / 11)] as readonly [string, string];
      return { level1, level2, name: `巡查点位${index + 1}`, target: `≥${10 + index}个`, actual: `${12 + index}个`, weight: '2', score: '2' };
    });
    expect(await importTable(rows, 40)).toEqual(rows.map((row) => [row.level1, row.level2, row.name, row.target, row.actual, row.weight, row.score]));
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PerformanceDocument } from '../../core/model.ts';
import { MAX_LINES_PER_ROW } from '../grid/detectors/wrapped-tabs.ts';
import { readMonitoring } from './index.ts';

/** An own monitoring table, every row padded to the header's ten cells as web pages write them. */
const table = [
  '项目支出绩效运行监控表',
  '（2025年1-8月）',
  '项目名称\t滨河湿地公园日常管护\t\t\t\t\t\t\t\t',
  '主管部门\t湄川县林业局\t\t\t\t实施单位\t湄川县湿地保护站\t\t\t',
  '项目资金（万元）\t\t年初预算数\t1-8月执行数\t1-8月执行率\t全年预计执行数\t全年预计执行率\t\t\t',
  '\t年度资金总额\t212.00\t131.44\t62.00%\t208.00\t98.11%\t\t\t',
  '\t其中：财政拨款\t180.00\t112.00\t62.22%\t176.00\t97.78%\t\t\t',
  '\t其他资金\t32.00\t19.44\t60.75%\t32.00\t100.00%\t\t\t',
  '一级指标\t二级指标\t三级指标\t年度指标值\t1-8月实际完成值\t全年预计完成值\t完成目标可能性\t\t\t原因说明',
  '\t\t\t\t\t\t确定能\t有可能\t完全不可能\t',
  '产出指标\t数量指标\t湿地巡护里程\t≥3600公里\t2450公里\t3650公里\t√\t\t\t',
  '\t质量指标\t补植苗木成活率\t≥85%\t80%\t86%\t\t√\t\t雨季补植集中在下半年',
  '\t时效指标\t病虫害处置及时率\t≥95%\t96%\t96%\t√\t\t\t',
  '效益指标\t生态效益指标\t湿地植被覆盖率\t≥70%\t68%\t71%\t√\t\t\t',
  '满意度指标\t服务对象满意度指标\t游园群众满意度\t≥90%\t未调查\t92%\t√\t\t\t',
];

/** Lines of the budget and indicator headers and their rows, whose cells a page may break. */
const dataLines = [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];

/**
 * Places a break may fall: between two Chinese characters of any cell, a row's first and last
 * filled ones and the header's included (a first cell's first half is then a line without a tab,
 * a last cell's second half a line of its own).
 */
function breakPoints(): Array<{ line: number; cell: number; at: number }> {
  const points: Array<{ line: number; cell: number; at: number }> = [];
  for (const line of dataLines) {
    (table[line] as string).split('\t').forEach((cell, index) => {
      for (let at = 1; at < cell.length; at += 1) if (/\p{Script=Han}/u.test(cell[at - 1] as string) && /\p{Script=Han}/u.test(cell[at] as string)) points.push({ line, cell: index, at });
    });
  }
  return points;
}

/** The table with a line break inside the chosen cells (at most one per cell). */
function broken(points: ReadonlyArray<{ line: number; cell: number; at: number }>): string[] {
  return table.flatMap((text, line) => {
    const cells = text.split('\t');
    for (const point of points.filter((candidate) => candidate.line === line)) {
      const cell = cells[point.cell] as string;
      cells[point.cell] = `${cell.slice(0, point.at)}\n${cell.slice(point.at)}`;
    }
    return cells.join('\t').split('\n');
  });
}

/** The model without source line numbers (a broken row moves the lines below it). */
function withoutLines(document: PerformanceDocument): unknown {
  return JSON.parse(JSON.stringify(document, (key, value: unknown) => (key === 'line' ? undefined : value)));
}

describe('monitoring table rows broken by line breaks inside cells', () => {
  const whole = readMonitoring(table, 'project');

  it('reads the unbroken table in full (what the broken ones are held to)', () => {
    expect(whole.budget).toMatchObject({ initial: '212.00', executedToDate: '131.44', forecast: '208.00' });
    expect(whole.monitoring?.budgetRows?.map((row) => row.source)).toEqual(['total', 'currentYear', 'other']);
    const indicators = whole.goals.flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => [indicator.level2, indicator.name, indicator.monitoring?.likelihood])).toEqual([
      ['数量指标', '湿地巡护里程', 'certain'],
      ['质量指标', '补植苗木成活率', 'possible'],
      ['时效指标', '病虫害处置及时率', 'certain'],
      ['生态效益指标', '湿地植被覆盖率', 'certain'],
      ['服务对象满意度指标', '游园群众满意度', 'certain'],
    ]);
  });

  it('reads a budget row and an indicator row broken in their label cells', () => {
    const lines = broken([
      { line: 5, cell: 1, at: 2 },
      { line: 12, cell: 2, at: 4 },
    ]);
    expect(lines).toHaveLength(table.length + 2);
    const document = readMonitoring(lines, 'project');
    expect(document.budget.initial).toBe('212.00');
    expect(document.goals[0]?.indicators[2]).toMatchObject({ name: '病虫害处置及时率', target: { text: '≥95%' } });
  });

  it('reads a broken indicator header ("1-8月实际" + "完成值") and a level broken off its row', () => {
    const lines = broken([
      { line: 8, cell: 4, at: 6 },
      { line: 13, cell: 0, at: 2 },
    ]);
    expect(lines).toContain('效益');
    expect(withoutLines(readMonitoring(lines, 'project'))).toEqual(withoutLines(whole));
  });

  it('does not join a header whose last word reads loosely (原因说明…) with the first row under it', () => {
    const lines = ['一级指标\t二级指标\t三级指标\t年度指标值\t1-6月实际完成值\t原因说明及纠偏措施', '产出指标\t数量指标\t巡护里程\t≥100公里\t52公里\t', '效益指标\t生态效益指标\t植被覆盖率\t≥70%\t68%\t'];
    const indicators = readMonitoring(['项目支出绩效运行监控表', ...lines], 'project').goals.flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => indicator.name)).toEqual(['巡护里程', '植被覆盖率']);
  });

  it('reads the same model whichever cells are broken, headers and first and last cells too (one break per cell, a row over at most four lines)', () => {
    const points = breakPoints();
    const breaks = fc
      .uniqueArray(fc.constantFrom(...points), { minLength: 1, maxLength: 8, selector: (point) => `${point.line}:${point.cell}` })
      .filter((chosen) => dataLines.every((line) => chosen.filter((point) => point.line === line).length < MAX_LINES_PER_ROW));
    fc.assert(
      fc.property(breaks, (chosen) => {
        expect(withoutLines(readMonitoring(broken(chosen), 'project'))).toEqual(withoutLines(whole));
      }),
      { numRuns: 300 },
    );
  });
});

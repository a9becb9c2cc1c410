import { describe, expect, it } from 'vitest';
import { readIndicatorGrid } from '../read-indicator-table.ts';
import { recoverGrid } from '../recover-grid.ts';

/** The indicators a text's lines give: level1, level2, name, target, actual, weight, score (a 指标解释 is read to place cells, kept nowhere). */
function readRows(lines: readonly string[]): Array<Array<string | null | undefined>> {
  const read = readIndicatorGrid(recoverGrid(lines).grid);
  return read.goals
    .flatMap((goal) => goal.indicators)
    .map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text ?? '', indicator.actual?.text ?? '', indicator.weight, indicator.score]);
}

const ROWS = ['产出指标(60分)', '数量指标', '核查档案卷数 全年核查入库档案 ≥5000卷 5120卷 30 30', '质量指标', '数字化合格率 合格页数 / 抽检页数 ≥98% 99% 30 30'];

describe('a spaced table with a 指标解释 column after the name (a spreadsheet’s text)', () => {
  it.each<[string, string[]]>([
    ['the header on one line', ['部门整体支出绩效自评表', '一级指标 二级指标 三级指标 指标解释 绩效目标值 实际完成值 指标分值 得分', ...ROWS]],
    ['the header’s cells on lines of their own, blank lines between', ['部门整体支出绩效自评表', '一级指标', '', '二级指标', '', '三级指标 指标解释 绩效目标值 实际完成值 指标分值 得分', ...ROWS]],
  ])('%s: the name is the first word, the explanation (the words after it) no part of it', (_case, lines) => {
    expect(readRows(lines)).toEqual([
      ['产出指标', '数量指标', '核查档案卷数', '≥5000卷', '5120卷', '30', '30'],
      ['产出指标', '质量指标', '数字化合格率', '≥98%', '99%', '30', '30'],
    ]);
  });

  it('keeps a name broken by a space whole where the header has no 指标解释', () => {
    const lines = ['项目支出绩效自评表', '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分', '产出指标 数量指标 培训 覆盖人次 ≥500人次 520人次 50 50'];
    expect(readRows(lines)[0]?.slice(2, 4)).toEqual(['培训覆盖人次', '≥500人次']);
  });

  it('reads no header from header words three blank lines apart', () => {
    const lines = ['部门整体支出绩效自评表', '一级指标', '', '', '', '二级指标 三级指标', '产出指标 数量指标 核查档案卷数'];
    expect(readRows(lines)).toEqual([]);
  });
});

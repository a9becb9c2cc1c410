import { describe, expect, it } from 'vitest';
import { readIndicatorGrid } from './read-indicator-table.ts';
import { gridOf } from './testing.ts';

const header = ['一级指标', '二级指标', '指标内容', '指标值', '备注'];

/** The indicators of a table as [name, 一级, 二级, target]. */
function indicatorsOf(rows: ReadonlyArray<readonly string[]>): string[][] {
  const table = readIndicatorGrid(gridOf(rows));
  return table.goals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.name, indicator.level1, indicator.level2, indicator.target?.text ?? '']);
}

describe('一级 carrying the template’s explanation in brackets, no 二级 under them', () => {
  const expected = [
    ['加工档案页数', '产出指标', '', '≥120万页'],
    ['质检合格率', '产出指标', '', '≥99%'],
    ['查阅等候时间', '效益指标', '', '≤10分钟'],
    ['查档群众满意度', '满意度指标', '服务对象满意度指标', '≥95%'],
  ];
  it.each([
    ['产出（工作量）指标（数量、质量、成本方面的指标）', '效益指标（经济效益、社会效益、环境效益、可持续影响等方面指标）'],
    ['产出(工作量)指标(数量、质量、成本方面的指标)', '效益指标(经济效益、社会效益等方面指标)'],
    ['产出指标', '效益指标'],
  ])('reads %s / %s as the plain levels', (output, outcome) => {
    const rows = [
      header,
      [output, '', '1.加工档案页数', '≥120万页', ''],
      ['', '', '2.质检合格率', '≥99%', ''],
      [outcome, '', '1.查阅等候时间', '≤10分钟', ''],
      ['满意度指标', '服务对象满意度指标', '1.查档群众满意度', '≥95%', ''],
    ];
    expect(indicatorsOf(rows)).toEqual(expected);
  });

  it('reads only the year’s table after a 总目标绩效指标 table', () => {
    const rows = [
      ['总目标绩效指标', ...header],
      ['', '产出指标（数量、质量、成本方面的指标）', '', '1.累计加工页数', '≥600万页', ''],
      ['本年度绩效指标', ...header],
      ['', '产出指标（数量、质量、成本方面的指标）', '', '1.加工档案页数', '≥120万页', ''],
    ];
    expect(indicatorsOf(rows).map((row) => row[0])).toEqual(['加工档案页数']);
  });
});

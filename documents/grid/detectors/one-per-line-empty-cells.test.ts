import { describe, expect, it } from 'vitest';
import { readIndicatorGrid } from '../read-indicator-table.ts';
import { recoverTextGrid } from '../read-text-indicators.ts';

const header = ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'];

function read(body: readonly string[]) {
  const lines = [...header, ...body].map((cell) => (cell === '' ? ' |' : `${cell} |`));
  return readIndicatorGrid(recoverTextGrid(lines).grid);
}

describe('cells one per line closed by " |", an unfilled cell written as " |" alone', () => {
  it('keeps an unfilled 完成值 and 得分 empty instead of sliding the next cells into them', () => {
    const table = read(['产出指标', '数量指标', '调查任务完成数', '≥', '12', '项', '', '30', '', '', '效益指标', '社会效益指标', '决策支撑作用', '定性', '有效支撑', '', '', '30', '', '']);
    expect(table.goals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.name, indicator.target?.text, indicator.actual?.text ?? '', indicator.weight, indicator.score ?? ''])).toEqual([
      ['调查任务完成数', '≥12项', '', '30', ''],
      ['决策支撑作用', '有效支撑', '', '30', ''],
    ]);
  });

  it('reads the 合计 row with an unfilled 得分 as the 权重 total', () => {
    const table = read(['产出指标', '数量指标', '调查任务完成数', '≥', '12', '项', '', '100', '', '', '合计', '100', '', '']);
    expect([table.totals?.weight, table.totals?.score]).toEqual(['100', null]);
  });
});

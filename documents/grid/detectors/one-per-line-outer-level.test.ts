import { describe, expect, it } from 'vitest';
import { readIndicatorGrid } from '../read-indicator-table.ts';
import { recoverTextGrid } from '../read-text-indicators.ts';

/** Cells one per line, empty cells leaving no line (pdftotext without -layout). */
function read(lines: readonly string[]) {
  const table = readIndicatorGrid(recoverTextGrid(lines).grid);
  return table.goals.flatMap((goal) => goal.indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text].join('|')));
}

describe('cells one per line under a 一级 over the usual ones (中央预算内投资计划绩效目标表)', () => {
  it('reads 实施效果指标 / 产出指标 as the outer 一级 and its 二级, the later 一级 names as 二级 under it', () => {
    const rows = read([
      '一级指标', '二级指标', '三级指标', '指标值',
      '实施效果指标', '产出指标', '新建污水管网长度', '≥12公里',
      '新建泵站数量', '2座',
      '效益指标', '污水收集率', '≥85%',
      '满意度指标', '周边居民满意度', '≥90%',
    ]);
    expect(rows).toEqual([
      '实施效果指标|产出指标|新建污水管网长度|≥12公里',
      '实施效果指标|产出指标|新建泵站数量|2座',
      '实施效果指标|效益指标|污水收集率|≥85%',
      '实施效果指标|满意度指标|周边居民满意度|≥90%',
    ]);
  });

  it('leaves a 一级 name followed by its 二级 as before', () => {
    const rows = read([
      '一级指标', '二级指标', '三级指标', '指标值',
      '产出指标', '数量指标', '新建泵站数量', '2座',
    ]);
    expect(rows).toEqual(['产出指标|数量指标|新建泵站数量|2座']);
  });
});

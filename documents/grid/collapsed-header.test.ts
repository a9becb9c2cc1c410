import { describe, expect, it } from 'vitest';
import { restoreCollapsedHeaders } from './collapsed-header.ts';
import { findHeaderBands } from './header-band.ts';
import { readIndicatorGrid } from './read-indicator-table.ts';
import { gridOf } from './testing.ts';

const upper = ['绩效指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
const lower = ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'];
const firstRow = ['产出指标', '数量指标', '培训人次', '≥', '500', '人次', '520', '20', '20'];

describe('a two-row header whose merged cells lost their places', () => {
  it('gives 绩效指标 the levels and 年度指标值 the value parts, the other words merged down', () => {
    const rows = restoreCollapsedHeaders(gridOf([upper, lower, firstRow]).rows);
    const [band] = findHeaderBands({ rows });
    expect(band?.columns).toEqual({ level1: 0, level2: 1, name: 2, operator: 3, target: 4, unit: 5, actual: 6, weight: 7, score: 8, deviation: 9 });
  });

  it('reads the rows under it, rows under merged levels included', () => {
    const grid = { rows: restoreCollapsedHeaders(gridOf([upper, lower, firstRow, ['结业人数', '≥', '450', '人', '470', '10', '10'], ['质量指标', '结业合格率', '﹦', '100', '%', '98', '10', '9.8', '个别学员补考']]).rows) };
    const read = readIndicatorGrid(grid).goals.flatMap((goal) => goal.indicators);
    expect(read.map((indicator) => [indicator.level2, indicator.name, indicator.target?.text, indicator.actual?.text, indicator.score])).toEqual([
      ['数量指标', '培训人次', '≥500人次', '520人次', '20'],
      ['数量指标', '结业人数', '≥450人', '470人', '10'],
      ['质量指标', '结业合格率', '=100%', '98%', '9.8'],
    ]);
  });

  it('leaves a header alone when the rows below are no wider than it (nothing was lost)', () => {
    const full = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
    const rows = gridOf([['绩效指标', '评分'], full, ['产出指标', '数量指标', '培训人次', '≥500人次', '520人次', '20', '20']]).rows;
    expect(restoreCollapsedHeaders(rows)).toEqual(rows);
  });

  it('leaves a header alone when a lower word has no upper word to stand under', () => {
    const rows = gridOf([['实际完成值', '分值', '得分'], ['一级指标', '二级指标', '三级指标'], firstRow]).rows;
    expect(restoreCollapsedHeaders(rows)).toEqual(rows);
  });
});

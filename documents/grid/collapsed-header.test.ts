import { describe, expect, it } from 'vitest';
import { restoreCollapsedHeaders, restoreUnwrittenLevel2 } from './collapsed-header.ts';
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

describe('a one-row header whose one cell stands over both levels (评价内容, Fujian)', () => {
  const header = ['评价内容', '绩效内容', '绩效目标值', '实际完成值', '累计完成率'];
  const rows = [header, ['产出目标', '数量目标', '认定驿站数量', '>=3个', '2个', '67%'], ['', '', '组织活动次数', '>=24次', '31次', '129%'], ['', '质量目标', '政策知晓率', '>=95%', '97%', '102%']];

  it('puts the 二级 column back after the 一级 and reads the rows', () => {
    const grid = { rows: restoreUnwrittenLevel2(gridOf(rows).rows) };
    expect(findHeaderBands(grid)[0]?.columns).toMatchObject({ level1: 0, level2: 1, name: 2, target: 3, actual: 4 });
    const read = readIndicatorGrid(grid).goals.flatMap((goal) => goal.indicators);
    expect(read.map((indicator) => [indicator.level2, indicator.name, indicator.target?.text, indicator.actual?.text])).toEqual([
      ['数量目标', '认定驿站数量', '>=3个', '2个'],
      ['数量目标', '组织活动次数', '>=24次', '31次'],
      ['质量目标', '政策知晓率', '>=95%', '97%'],
    ]);
  });

  it.each([
    ['rows no wider than the header', [header, ['产出目标', '认定驿站数量', '>=3个', '2个', '67%']]],
    ['rows one wider that write no 二级 after the 一级', [header, ['产出目标', '认定驿站', '数量', '>=3个', '2个', '67%']]],
    ['a header that names its 二级', [['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', '认定驿站数量', '>=3个', '2个']]],
  ])('leaves %s alone', (_case, table) => {
    const grid = gridOf(table).rows;
    expect(restoreUnwrittenLevel2(grid)).toEqual(grid);
  });
});

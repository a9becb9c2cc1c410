import { describe, expect, it } from 'vitest';
import { readIndicatorGrid } from './read-indicator-table.ts';
import { gridOf } from './testing.ts';

const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];

function levelsOf(rows: ReadonlyArray<readonly string[]>) {
  const table = readIndicatorGrid(gridOf([header, ...rows]));
  const indicators = table.goals.flatMap((goal) => goal.indicators);
  return { table, levels: indicators.map((indicator) => `${indicator.level1}/${indicator.level2}/${indicator.name}`) };
}

describe('a 二级 the vocabulary does not know, on an otherwise sound row', () => {
  it('is read as written under the 一级 of its row, and the rows below stay under it', () => {
    const { levels, table } = levelsOf([
      ['产出指标', '数量指标', '巡检河道长度', '≥120公里', '126公里', '20', '20'],
      ['', '履职重点工作', '河长制会议召开次数', '≥4次', '4次', '20', '20'],
      ['', '', '河道保洁覆盖率', '=100%', '100%', '20', '20'],
      ['满意度指标', '群众满意度', '沿岸居民满意度', '≥90%', '92%', '20', '20'],
    ]);
    expect(levels).toEqual([
      '产出指标/数量指标/巡检河道长度',
      '产出指标/履职重点工作/河长制会议召开次数',
      '产出指标/履职重点工作/河道保洁覆盖率',
      '满意度指标/群众满意度/沿岸居民满意度',
    ]);
    expect(table.findings).toEqual([]);
  });

  it('opens the 一级 its keyword implies when the 一级 cell is blank and the carried one cannot hold it', () => {
    const { levels } = levelsOf([
      ['产出指标', '数量指标', '巡检河道长度', '≥120公里', '126公里', '20', '20'],
      ['', '受益群众满意度', '沿岸居民满意度', '≥90%', '92%', '20', '20'],
    ]);
    expect(levels).toEqual(['产出指标/数量指标/巡检河道长度', '满意度指标/受益群众满意度/沿岸居民满意度']);
  });

  it('reads a row whose name carries a list number in a scored table without values ("项目执行 | 1.执行规范性")', () => {
    const table = readIndicatorGrid(
      gridOf([
        ['一级指标', '二级指标', '三级指标', '分值', '得分'],
        ['项目管理（20分）', '资金管理', '1.资金到位率', '10', '10'],
        ['', '项目执行', '1.执行规范性', '5', '4'],
        ['', '', '2、预算执行率', '5', '4.6'],
      ]),
    );
    const levels = table.goals.flatMap((goal) => goal.indicators).map((indicator) => `${indicator.level2}/${indicator.name}/${indicator.score}`);
    expect(levels).toEqual(['资金管理/资金到位率/10', '项目执行/执行规范性/4', '项目执行/预算执行率/4.6']);
    expect(table.findings.map((finding) => finding.code)).not.toContain('unparsed-line');
  });

  it('reads a 二级 that repeats its own 一级 ("满意度 | 满意度") as the 二级', () => {
    const { levels } = levelsOf([['满意度', '满意度', '沿岸居民满意度', '≥90%', '92%', '20', '20']]);
    expect(levels).toEqual(['满意度指标/满意度/沿岸居民满意度']);
  });

  it('still refuses an unknown word when the name cell holds a value (the cells shifted right)', () => {
    const { levels, table } = levelsOf([
      ['产出指标', '数量指标', '巡检河道长度', '≥120公里', '126公里', '20', '20'],
      ['', '河长制会议召开次数', '≥4次', '4次', '20', '20', ''],
    ]);
    expect(levels).not.toContain('产出指标/河长制会议召开次数/≥4次');
    expect(table.findings.length).toBeGreaterThan(0);
  });

  it('still refuses another 一级 in the 二级 column beside a different 一级', () => {
    const { levels } = levelsOf([['产出指标', '效益指标', '河道保洁覆盖率', '=100%', '100%', '20', '20']]);
    expect(levels).not.toContain('产出指标/效益指标/河道保洁覆盖率');
  });
});
